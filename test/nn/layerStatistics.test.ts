import { describe, expect, it } from "vitest";
import { matrix } from "../../src/linear/matrix";
import { activationStatistics, layerStatistics } from "../../src/nn/layerStatistics";
import { mlpBackward } from "../../src/nn/backward";
import { mlpForward } from "../../src/nn/forward";
import type { Mlp } from "../../src/nn/mlp";

/** One layer of 3 units whose pre-activation z = x·W + b we choose, by taking W = I and inputs = z. */
function oneLayer(activation: string, params: Record<string, unknown> = {}): Mlp {
  return {
    sizes: [3, 3],
    layers: [
      {
        weights: matrix(3, 3, [1, 0, 0, 0, 1, 0, 0, 0, 1]),
        bias: new Float64Array(3),
        activation: { name: activation, params },
        residual: false,
      },
    ],
  };
}

// 4 samples × 3 units. Unit 0 is positive on sample 0 only, unit 1 never (z ≤ 0 everywhere, z = 0
// once: ReLU's df(0) = 0), unit 2 always.
const preActivation = matrix(4, 3, [2, -1, 0.5, -3, 0, 4, -0.1, -2, 1, -5, -7, 3]);

describe("activationStatistics", () => {
  it("counts ReLU's flat (sample, unit) pairs and its dead units exactly", () => {
    const model = oneLayer("relu");
    const { preActivations, activations } = mlpForward(model, preActivation);
    const stats = activationStatistics(model, 0, preActivations[0], activations[0]);
    expect(stats.saturatedFraction).toBe(7 / 12); // z ≤ 0 in 3 + 4 + 0 of the 12 pairs
    expect(stats.deadFraction).toBe(1 / 3); // unit 1 only
    // outputs: max(0, z) = 2, 0, 0.5, 0, 0, 4, 0, 0, 1, 0, 0, 3 → mean 10.5/12
    expect(stats.mean).toBeCloseTo(10.5 / 12, 15);
  });

  it("counts tanh's saturation by |f′(z)| < threshold and calls no smooth unit dead", () => {
    const model = oneLayer("tanh");
    const { preActivations, activations } = mlpForward(model, preActivation);
    // 1 − tanh²(z) < 0.05 ⇔ |z| > atanh(√0.95) ≈ 2.178: z = −3, 4, −5, −7, 3
    const stats = activationStatistics(model, 0, preActivations[0], activations[0]);
    expect(stats.saturatedFraction).toBe(5 / 12);
    expect(stats.deadFraction).toBe(0);
    // with threshold 0.5 (|z| > atanh(√0.5) ≈ 0.881): also 2, −1, −2, 1
    expect(activationStatistics(model, 0, preActivations[0], activations[0], 0.5).saturatedFraction).toBe(9 / 12);
  });
});

describe("layerStatistics", () => {
  it("adds the gradient norms of a backward pass, per layer", () => {
    const model = oneLayer("relu");
    const cache = mlpForward(model, preActivation);
    expect(layerStatistics(model, cache)[0]).not.toHaveProperty("weightGradNorm");
    // upstream gradient of ones: ∂L/∂z = 1 where z > 0 (5 pairs), so ∂L/∂x = that (W = I), norm √5
    const gradients = mlpBackward(model, cache, matrix(4, 3, new Array(12).fill(1)));
    const [stats] = layerStatistics(model, cache, gradients);
    expect(stats.gradWrtInputNorm).toBeCloseTo(Math.sqrt(5), 15);
    // ∂L/∂W = xᵀ·(∂L/∂z): column 0 is sample 0's input (2, −1, 0.5), column 1 is 0, column 2 sums
    // all four inputs (−6.1, −10, 8.5)
    expect(stats.weightGradNorm).toBeCloseTo(Math.sqrt(4 + 1 + 0.25 + 6.1 ** 2 + 100 + 8.5 ** 2), 12);
  });
});
