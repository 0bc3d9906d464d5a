import {
  initialRunningStatistics,
  matrix,
  normalizedDeepStatistics,
  updateRunningStatistics,
} from "../../../src/index";
import { derivative, onlyTrue, root } from "./helpers";
import type { Routes } from "./types";

const numbers = (arg: unknown): number[] => arg as number[];

/** erf by its Taylor series, 2/√π Σ (−1)ⁿ x^(2n+1) / (n!(2n + 1)): exact to double precision for |x| ≤ 3. */
function seriesErf(x: number): number {
  let term = x; // (−1)ⁿ x^(2n+1) / n!
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (-x * x) / n;
    sum += term / (2 * n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

/** g · LayerNorm(x), the forward pass written out (population variance, γ = 1, β = 0). */
function layerNormDot(x: readonly number[], g: readonly number[], eps: number): number {
  const mean = x.reduce((sum, v) => sum + v, 0) / x.length;
  const variance = x.reduce((sum, v) => sum + (v - mean) * (v - mean), 0) / x.length;
  return x.reduce((sum, v, i) => sum + (g[i] * (v - mean)) / Math.sqrt(variance + eps), 0);
}

/** −log softmax(logits)ₜ with the softmax summed term by term. */
function crossEntropy(logits: readonly number[], target: number): number {
  const total = logits.reduce((sum, logit) => sum + Math.exp(logit), 0);
  return -Math.log(Math.exp(logits[target]) / total);
}

/** Routes for notebooks 09 (normalisation) and 10 (real data). */
export const routes09to10: Routes = {
  "norm-batch-running-variance": {
    via: "core",
    how: "the core's updateRunningStatistics (checked against torch.nn.BatchNorm1d) on 10 batches of ±√3.5",
    expected: () => {
      // Eight values ±√3.5: mean 0, population variance exactly 3.5.
      const batch = matrix(
        8,
        1,
        Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? 1 : -1) * Math.sqrt(3.5)),
      );
      let running = initialRunningStatistics(1);
      for (let step = 0; step < 10; step++) running = updateRunningStatistics(running, batch, 0.1);
      return running.variance[0];
    },
  },
  "norm-dead-relu-predict": {
    via: "measurement",
    how: "dead fraction at layer 50 of the core's 50-layer ReLU net, with LayerNorm and without (seed 1)",
    expected: () => {
      const grid = { activation: "relu", init: "standard_normal", depth: 50, width: 32, batch: 32, seed: 1 } as const;
      const deadAtTop = (norm?: "layer_norm") => normalizedDeepStatistics({ ...grid, norm }).at(-1)?.deadFraction;
      const withNorm = deadAtTop("layer_norm") ?? Number.NaN;
      const without = deadAtTop() ?? Number.NaN;
      return onlyTrue({
        A: withNorm === 0,
        B: withNorm >= 0.1 && withNorm > without / 2 && withNorm < without * 2,
        C: withNorm === 1,
        D: withNorm === 0.5,
      });
    },
  },
  "norm-dyt-alpha": {
    via: "brute-force",
    how: "α with P(1 − tanh²(αx) < 0.05) = 0.1 for x ~ N(0, 4), bisection on a series erf and on tanh",
    expected: () => {
      const edge = root((u) => 1 - Math.tanh(u) ** 2 - 0.05, 0, 10); // |αx| beyond this saturates
      // P(|x| > edge/α) = 1 − erf(edge/(α·σ·√2)) with σ = 2, increasing in α.
      const saturated = (alpha: number) => 1 - seriesErf(edge / (alpha * 2 * Math.SQRT2));
      return root((alpha) => saturated(alpha) - 0.1, 0.25, 5); // α ≥ 0.25 keeps the series erf at |x| < 3.1
    },
  },
  "norm-layer-backward": {
    via: "finite-difference",
    how: "central difference of g · LayerNorm(x), the forward pass written in the route",
    expected: ([x, g, eps]) =>
      numbers(x).map((_, j) =>
        derivative(
          (t) =>
            layerNormDot(
              numbers(x).map((v, k) => (k === j ? t : v)),
              numbers(g),
              eps as number,
            ),
          numbers(x)[j],
        ),
      ),
    // The difference's h⁴ error grows as the row's spread shrinks (1/s⁵): 1e−6 still catches a 0.1% change.
    tolerance: { absolute: 1e-6, relative: 1e-6 },
  },
  "realdata-chance-loss": {
    via: "brute-force",
    how: "cross-entropy of k equal logits (0.37 each), summed over the k classes",
    expected: ([classes]) =>
      crossEntropy(
        Array.from({ length: classes as number }, () => 0.37),
        0,
      ),
  },
  "realdata-mlp-param-count": {
    via: "brute-force",
    how: "the entries of W₁, b₁, W₂ and b₂ built as arrays, counted",
    expected: ([inputs, hidden, classes]) => {
      const layer = (rows: number, cols: number) => ({
        weights: Array.from({ length: rows }, () => new Array<number>(cols).fill(0)),
        biases: new Array<number>(cols).fill(0),
      });
      const layers = [layer(inputs as number, hidden as number), layer(hidden as number, classes as number)];
      return layers.reduce((count, { weights, biases }) => count + weights.flat().length + biases.length, 0);
    },
  },
};
