import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { makeCurve } from "../../src/datasets/curve";
import { createMlp } from "../../src/nn/mlp";
import { mlpForward } from "../../src/nn/forward";
import {
  createLearnableSwishMlp,
  learnableSwishGradients,
  predictLearnableSwish,
  swishBetaDerivative,
  swishBetaGradient,
  trainLearnableSwish,
  withBetas,
} from "../../src/nn/learnableSwish";

// f(x; β) = x/(1 + e^(−βx)), written here with Math.exp only, so nothing below shares the core's σ.
const swishByHand = (x: number, beta: number) => x / (1 + Math.exp(-beta * x));
const fourthOrder = (g: (t: number) => number, t: number, h = 1e-3) =>
  (8 * (g(t + h) - g(t - h)) - (g(t + 2 * h) - g(t - 2 * h))) / (12 * h);
const reals = (low: number, high: number) => fc.double({ min: low, max: high, noNaN: true });

describe("swishBetaDerivative", () => {
  it("matches a fourth-order central difference in β over many (x, β)", () => {
    fc.assert(
      fc.property(reals(-8, 8), reals(0.05, 6), (x, beta) => {
        const numeric = fourthOrder((b) => swishByHand(x, b), beta);
        expect(Math.abs(swishBetaDerivative(x, beta) - numeric)).toBeLessThan(1e-8 * (1 + Math.abs(numeric)));
      }),
      { numRuns: 500 },
    );
  });

  it("is x²/4 at β = 0 (σ′(0) = 1/4), never negative, and even in x", () => {
    fc.assert(
      fc.property(reals(-20, 20), reals(-5, 5), (x, beta) => {
        expect(swishBetaDerivative(x, 0)).toBeCloseTo((x * x) / 4, 12);
        expect(swishBetaDerivative(x, beta)).toBeGreaterThanOrEqual(0);
        expect(swishBetaDerivative(-x, beta)).toBeCloseTo(swishBetaDerivative(x, beta), 12);
      }),
    );
  });

  it("stays finite where σ saturates (|βx| = 1000)", () => {
    expect(swishBetaDerivative(1000, 1)).toBe(0);
    expect(swishBetaDerivative(-1000, 1)).toBe(0);
  });
});

describe("the function β trains: the registry's swish as β varies", () => {
  it("is SiLU at β = 1, value for value", () => {
    fc.assert(
      fc.property(reals(-30, 30), (x) => {
        expect(activation("swish", { beta: 1 }).f(x)).toBe(activation("silu").f(x));
      }),
    );
  });

  it("tends to x/2 as β → 0, within β·x²/4 (|σ(u) − ½| ≤ |u|/4)", () => {
    fc.assert(
      fc.property(reals(-5, 5), fc.constantFrom(1e-1, 1e-2, 1e-3, 1e-4), (x, beta) => {
        const gap = Math.abs(activation("swish", { beta }).f(x) - x / 2);
        expect(gap).toBeLessThanOrEqual((beta * x * x) / 4 + 1e-15);
      }),
    );
  });

  it("tends to ReLU as β → ∞, within 0.2785/β (SiLU's dip, scaled by 1/β)", () => {
    fc.assert(
      fc.property(reals(-5, 5), fc.constantFrom(10, 100, 1000), (x, beta) => {
        const gap = Math.abs(activation("swish", { beta }).f(x) - Math.max(0, x));
        expect(gap).toBeLessThanOrEqual(0.27846454276108 / beta + 1e-15);
      }),
    );
  });
});

describe("swishBetaGradient", () => {
  it("sums ∂L/∂aᵢ·∂f/∂β(zᵢ) over the layer: the central difference of Σ gᵢ·f(zᵢ; β) in β", () => {
    const z = [-2.5, -0.3, 0.1, 1.7, 4];
    const g = [0.5, -1, 2, 0.25, -0.75];
    const weightedSum = (beta: number) => z.reduce((sum, zi, i) => sum + g[i] * swishByHand(zi, beta), 0);
    for (const beta of [0.2, 1, 3])
      expect(swishBetaGradient(z, g, beta)).toBeCloseTo(fourthOrder(weightedSum, beta), 9);
  });

  it("names both lengths when they differ", () => {
    expect(() => swishBetaGradient([1, 2], [1], 1)).toThrow(/2 pre-activations but 1 output gradients/);
  });
});

describe("a learnable-Swish MLP", () => {
  const data = makeCurve({ n: 32, noise: 0, seed: 4, f: Math.abs, range: [-2, 2] });

  it("with every β = 1 computes what an MLP with SiLU computes, bit for bit", () => {
    const net = createLearnableSwishMlp({ sizes: [1, 6, 6, 1], seed: 3 });
    const silu = createMlp({ sizes: [1, 6, 6, 1], seed: 3, activation: "silu" });
    const last = (cache: ReturnType<typeof mlpForward>) => cache.activations[cache.activations.length - 1].data;
    expect(predictLearnableSwish(net, data.inputs).data).toEqual(last(mlpForward(silu, data.inputs)));
  });

  it("has ∂L/∂β of each layer equal to a central difference of the loss in that β", () => {
    const net = createLearnableSwishMlp({ sizes: [1, 5, 4, 1], seed: 2, initialBeta: 0.7 });
    net.betas[1] = 2.2;
    const { betas } = learnableSwishGradients(net, data);
    net.betas.forEach((beta, l) => {
      const lossAt = (b: number) => {
        const moved = Float64Array.from(net.betas);
        moved[l] = b;
        return learnableSwishGradients({ model: net.model, betas: moved }, data).loss;
      };
      expect(betas[l]).toBeCloseTo(fourthOrder(lossAt, beta), 8);
    });
  });

  it("uses its betas, not the model's stored parameters", () => {
    const net = createLearnableSwishMlp({ sizes: [1, 4, 1], seed: 1 });
    const layer = withBetas({ model: net.model, betas: Float64Array.of(3) }).layers[0];
    expect(layer.activation.params).toEqual({ beta: 3 });
    expect(withBetas(net).layers[1].activation.name).toBe("identity");
  });

  it("trains β with the weights: the loss falls, β moves, and the same seed gives the same history", () => {
    const run = () => {
      const net = createLearnableSwishMlp({ sizes: [1, 8, 1], seed: 1 });
      return trainLearnableSwish(net, data, { steps: 300, learningRate: 0.02 });
    };
    const history = run();
    expect(history.loss).toHaveLength(301);
    expect(history.betas[0]).toEqual([1]);
    expect(history.loss[300]).toBeLessThan(history.loss[0] / 10);
    expect(Math.abs(history.betas[300][0] - 1)).toBeGreaterThan(0.05);
    expect(run()).toEqual(history);
  });

  it("rejects a step count that is not a whole number, and a β the registry rejects", () => {
    const net = createLearnableSwishMlp({ sizes: [1, 2, 1] });
    expect(() => trainLearnableSwish(net, data, { steps: 1.5, learningRate: 0.1 })).toThrow(/steps must be an integer/);
    expect(() => createLearnableSwishMlp({ sizes: [1, 2, 1], initialBeta: Number.NaN })).toThrow(/beta/);
  });
});
