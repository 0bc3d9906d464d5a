import { describe, expect, it } from "vitest";
import { cloneMlp, createMlp, makeXor, parameterArrays, train } from "../../src/index";

const xor = makeXor({ n: 200, seed: 1 });

describe("createMlp", () => {
  it("builds fanIn×fanOut layers with the hidden and output activations, and residuals only where widths match", () => {
    const model = createMlp({
      sizes: [2, 4, 4, 3],
      activation: { name: "leaky_relu", params: { negative_slope: 0.2 } },
      residual: true,
    });
    expect(model.layers.map((l) => [l.weights.rows, l.weights.cols])).toEqual([
      [2, 4],
      [4, 4],
      [4, 3],
    ]);
    expect(model.layers.map((l) => l.activation.name)).toEqual(["leaky_relu", "leaky_relu", "identity"]);
    expect(model.layers.map((l) => l.residual)).toEqual([false, true, false]);
  });

  it("reports misspelt activations and bad sizes", () => {
    expect(() => createMlp({ sizes: [2, 3, 1], activation: "rleu" })).toThrow(/did you mean 'relu'/);
    expect(() => createMlp({ sizes: [2] })).toThrow(/at least two positive integers/);
  });

  it("cloneMlp copies weights, so training the copy leaves the original alone", () => {
    const model = createMlp({ sizes: [2, 4, 1], seed: 9 });
    const copy = cloneMlp(model);
    train(copy, xor, { epochs: 2, learningRate: 0.1 });
    expect(copy.layers[0].weights.data).not.toEqual(model.layers[0].weights.data);
    expect(createMlp({ sizes: [2, 4, 1], seed: 9 }).layers[0].weights.data).toEqual(model.layers[0].weights.data);
  });
});

describe("parameterArrays", () => {
  it("lists each layer's weights then bias, as the arrays the model holds (an optimiser updates them in place)", () => {
    const model = createMlp({ sizes: [2, 3, 1], seed: 4 });
    const params = parameterArrays(model);
    expect(params.map((p) => p.length)).toEqual([6, 3, 3, 1]);
    expect(params[0]).toBe(model.layers[0].weights.data);
    expect(params[3]).toBe(model.layers[1].bias);
    expect(Array.from(params[1])).toEqual([0, 0, 0]); // biases start at zero
  });
});
