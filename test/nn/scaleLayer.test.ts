import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromRows } from "../../src/linear/matrix";
import { predict } from "../../src/nn/forward";
import { createMlp } from "../../src/nn/mlp";
import { scaleLayer } from "../../src/nn/scaleLayer";

const inputs = fromRows([
  [0.3, -1.2],
  [1.5, 0.4],
  [-0.7, 0.9],
]);

describe("scaleLayer", () => {
  it("multiplies the logits by the factor when the output layer is scaled (identity output, zero bias)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.double({ min: -3, max: 3, noNaN: true }), (seed, factor) => {
        const model = createMlp({ sizes: [2, 5, 4], activation: "tanh", seed });
        const before = predict(model, inputs).data;
        const after = predict(scaleLayer(model, -1, factor), inputs).data;
        after.forEach((logit, i) => expect(Math.abs(logit - factor * before[i])).toBeLessThan(1e-12));
      }),
    );
  });

  it("leaves the given model and the other layers unchanged", () => {
    const model = createMlp({ sizes: [2, 5, 5, 3], seed: 1 });
    const firstWeights = Array.from(model.layers[0].weights.data);
    const lastWeights = Array.from(model.layers[2].weights.data);
    const scaled = scaleLayer(model, 2, 0.01);
    expect(Array.from(model.layers[2].weights.data)).toEqual(lastWeights);
    expect(Array.from(scaled.layers[0].weights.data)).toEqual(firstWeights);
    expect(scaled.layers[2].weights.data[0]).toBeCloseTo(0.01 * lastWeights[0], 15);
  });

  it("rejects a layer index out of range and a factor that is not finite", () => {
    const model = createMlp({ sizes: [2, 3, 2] });
    expect(() => scaleLayer(model, 2, 1)).toThrow("layerIndex must be an integer in [-2, 1], got 2");
    expect(() => scaleLayer(model, -3, 1)).toThrow("got -3");
    expect(() => scaleLayer(model, 0, Number.NaN)).toThrow("factor must be a finite number");
  });
});
