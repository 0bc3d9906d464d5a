import { describe, expect, it } from "vitest";
import { matrix } from "../../src/linear/matrix";
import { accuracy, classesFromOutput, mlpForward, predict } from "../../src/nn/forward";
import type { Mlp } from "../../src/nn/mlp";

// A 2 → 2 → 1 network small enough to work out by hand.
const model: Mlp = {
  sizes: [2, 2, 1],
  layers: [
    {
      weights: matrix(2, 2, [1, -1, 2, 1]),
      bias: Float64Array.from([0, 0.5]),
      activation: { name: "relu", params: {} },
      residual: false,
    },
    {
      weights: matrix(2, 1, [1, 3]),
      bias: Float64Array.from([-1]),
      activation: { name: "identity", params: {} },
      residual: false,
    },
  ],
};

describe("mlpForward", () => {
  it("computes z = xW + b and a = f(z) per layer, caching both", () => {
    // x = (1, 1): z₁ = (1 + 2, −1 + 1 + 0.5) = (3, 0.5); x = (1, −2): z₁ = (−3, −2.5) → a₁ = 0
    const cache = mlpForward(model, matrix(2, 2, [1, 1, 1, -2]));
    expect(Array.from(cache.preActivations[0].data)).toEqual([3, 0.5, -3, -2.5]);
    expect(Array.from(cache.activations[0].data)).toEqual([3, 0.5, 0, 0]);
    // z₂ = 3·1 + 0.5·3 − 1 = 3.5, and 0 − 1 = −1
    expect(Array.from(cache.activations[1].data)).toEqual([3.5, -1]);
    expect(Array.from(predict(model, matrix(2, 2, [1, 1, 1, -2])).data)).toEqual([3.5, -1]);
  });

  it("adds the input on residual layers: a = x + f(z)", () => {
    const residual: Mlp = { sizes: [2, 2], layers: [{ ...model.layers[0], residual: true }] };
    expect(Array.from(predict(residual, matrix(1, 2, [1, 1])).data)).toEqual([4, 1.5]);
  });

  it("refuses inputs with the wrong number of columns", () => {
    expect(() => mlpForward(model, matrix(1, 3, [1, 2, 3]))).toThrow(/takes 2 input columns, got a 1×3 matrix/);
  });
});

describe("classesFromOutput and accuracy", () => {
  it("reads one column as a logit (> 0 is class 1) and several as an argmax, first on ties", () => {
    expect(Array.from(classesFromOutput(matrix(3, 1, [0.2, 0, -1])))).toEqual([1, 0, 0]);
    expect(Array.from(classesFromOutput(matrix(2, 3, [1, 5, 5, -1, -3, -2])))).toEqual([1, 0]);
  });

  it("is the fraction of rows whose class matches the label", () => {
    expect(accuracy(matrix(4, 1, [1, -1, 2, -2]), [1, 1, 1, 0])).toBe(0.75);
  });
});
