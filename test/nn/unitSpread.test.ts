import { describe, expect, it } from "vitest";
import { makeMoons } from "../../src/datasets/moons";
import { createMlp } from "../../src/nn/mlp";
import { train } from "../../src/nn/train";
import { hiddenUnitSpread } from "../../src/nn/unitSpread";

const constantModel = (value: number) => {
  const model = createMlp({ sizes: [2, 4, 1], activation: "tanh", seed: 1 });
  for (const layer of model.layers) layer.weights.data.fill(value);
  return model;
};

describe("hiddenUnitSpread", () => {
  it("is the largest gap to unit 0 over incoming weights, bias and outgoing weights: a hand-set example", () => {
    const model = constantModel(0.5);
    expect(hiddenUnitSpread(model)).toBe(0);
    model.layers[0].weights.data[1 * 4 + 2] = 0.75; // input 1 → unit 2: gap 0.25
    model.layers[0].bias[3] = -0.5; // unit 3's bias: gap 0.5
    expect(hiddenUnitSpread(model)).toBe(0.5);
    model.layers[1].weights.data[1] = 1.5; // unit 1 → output: gap 1
    expect(hiddenUnitSpread(model)).toBe(1);
  });

  it("stays exactly 0 through training when the units start identical, not when they start random", () => {
    const data = makeMoons({ n: 64, seed: 3 });
    const options = { epochs: 5, learningRate: 0.05, batchSize: 16 };
    const equal = constantModel(0.3);
    train(equal, data, options);
    expect(hiddenUnitSpread(equal)).toBe(0);
    const random = createMlp({ sizes: [2, 4, 1], activation: "tanh", seed: 1 });
    train(random, data, options);
    expect(hiddenUnitSpread(random)).toBeGreaterThan(0.1);
  });

  it("refuses the output layer, which has no next layer", () => {
    expect(() => hiddenUnitSpread(constantModel(1), 1)).toThrow(/must be a hidden layer/);
  });
});
