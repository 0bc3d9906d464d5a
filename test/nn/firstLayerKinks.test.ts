import { describe, expect, it } from "vitest";
import { slopeBreaks } from "../../src/math/slopeBreaks";
import { predict } from "../../src/nn/forward";
import { firstLayerKinks } from "../../src/nn/firstLayerKinks";
import { createMlp } from "../../src/nn/mlp";

const output = (model: ReturnType<typeof createMlp>) => (x: number) =>
  predict(model, { rows: 1, cols: 1, data: Float64Array.of(x) }).data[0];

describe("firstLayerKinks", () => {
  it("puts each ReLU unit's kink where its pre-activation w·x + b is 0", () => {
    for (const seed of [0, 1, 2]) {
      const model = createMlp({ sizes: [1, 8, 1], activation: "relu", seed });
      model.layers[0].bias.set([0.5, -0.25, 1, -1, 0.1, 0.7, -0.6, 0.3]);
      const layer = model.layers[0];
      const kinks = firstLayerKinks(model);
      expect(kinks).toHaveLength(8);
      for (const { x, unit } of kinks) expect(layer.weights.data[unit] * x + layer.bias[unit]).toBeCloseTo(0, 12);
      expect(kinks.map((k) => k.x)).toEqual([...kinks.map((k) => k.x)].sort((a, b) => a - b));
    }
  });

  it("lists two kinks per ReLU6 unit (at pre-activations 0 and 6) and skips units with zero weight", () => {
    const model = createMlp({ sizes: [1, 3, 1], activation: "relu6", seed: 4 });
    model.layers[0].weights.data.set([2, 0, -1]);
    model.layers[0].bias.set([0, 5, 1]);
    expect(firstLayerKinks(model)).toEqual([
      { x: -5, unit: 2 },
      { x: 0, unit: 0 },
      { x: 1, unit: 2 },
      { x: 3, unit: 0 },
    ]);
  });

  it("agrees with the bends measured on the network's output: every measured bend sits at a kink", () => {
    const model = createMlp({ sizes: [1, 6, 1], activation: "relu", seed: 7 });
    model.layers[0].bias.set([0.9, -0.4, 0.2, -1.3, 1.7, -2.2]);
    const kinks = firstLayerKinks(model).map((k) => k.x);
    const breaks = slopeBreaks(output(model), [-3, 3]);
    expect(breaks.length).toBeGreaterThan(0);
    for (const bend of breaks) expect(Math.min(...kinks.map((k) => Math.abs(k - bend.x)))).toBeLessThanOrEqual(0.003);
  });

  it("refuses a network of two inputs, saying why", () => {
    expect(() => firstLayerKinks(createMlp({ sizes: [2, 4, 1] }))).toThrow(/must take 1 input/);
  });
});
