import {
  activation,
  clipGradientsByGlobalNorm,
  createRng,
  deepNetworkStatistics,
  feedForwardParamCount,
  fromRows,
  gaussianExpectation,
  gluParamCount,
  matmul,
  rank,
  slopeBreaks,
} from "../../../src/index";
import { bigEvaluate, bigMath, derivative, firstWhole, onlyTrue, root } from "./helpers";
import type { BigNumber } from "mathjs";
import type { Routes } from "./types";

const numbers = (arg: unknown): number[] => arg as number[];

/** Σᵢ gᵢ·log softmax(x)ᵢ in 64-digit arithmetic (a scalar whose gradient is the backward pass). */
function bigLogSoftmaxDot(logits: readonly number[], g: readonly number[]): number {
  const big = logits.map((x) => bigMath.bignumber(x));
  const logTotal = bigMath.log(big.reduce((sum, x) => bigMath.add(sum, bigMath.exp(x)), bigMath.bignumber(0)));
  let dot = bigMath.bignumber(0);
  big.forEach((x, i) => {
    dot = bigMath.add(dot, bigMath.multiply(bigMath.subtract(x, logTotal), bigMath.bignumber(g[i])) as BigNumber);
  });
  return Number(dot.toString());
}

/** g·y for one row through SwiGLU (flat row-major weights), written out with Math only. */
function swigluLoss(
  x: readonly number[],
  w: readonly number[],
  v: readonly number[],
  w2: readonly number[],
  g: readonly number[],
): number {
  const d = x.length;
  const hidden = w.length / d;
  let loss = 0;
  for (let j = 0; j < hidden; j++) {
    let a = 0;
    let u = 0;
    for (let i = 0; i < d; i++) {
      a += x[i] * w[i * hidden + j];
      u += x[i] * v[i * hidden + j];
    }
    const h = (a / (1 + Math.exp(-a))) * u;
    for (let k = 0; k < d; k++) loss += h * w2[j * d + k] * g[k];
  }
  return loss;
}

const gradientOf = (f: (x: number[]) => number, point: readonly number[]): number[] =>
  point.map((_, j) => derivative((t) => f(point.map((x, k) => (k === j ? t : x))), point[j]));

const tanhInits = { A: "standard_normal", B: "small_normal", C: "xavier_normal", D: "he_lecun" } as const; // he_lecun: tanh's gain 5/3, as in 07's grid

/** Routes for the exercises added with issue 14. */
export const routes: Routes = {
  "linearity-relu-pieces": {
    via: "core",
    how: "slopeBreaks of the sampled sum on [−10, 10], plus one",
    expected: () =>
      slopeBreaks((x) => Math.max(0, x) + Math.max(0, -x + 1) + Math.max(0, 2 * x - 2), [-10, 10], { points: 20_001 })
        .length + 1,
  },
  "sigmoid-overflow-debug": {
    via: "mathjs-bignumber",
    how: "−[y·log σ(z) + (1 − y)·log(1 − σ(z))], 1 − σ(z) as e^(−z)/(1 + e^(−z)), in 64-digit arithmetic",
    expected: ([z, y]) =>
      bigEvaluate("-(y * log(1 / (1 + exp(-z))) + (1 - y) * log(exp(-z) / (1 + exp(-z))))", {
        z: Number(z),
        y: Number(y),
      }),
  },
  "elu-continuity-alpha": {
    via: "brute-force",
    how: "bisection on α until a fourth-order difference of α(e^(x/2) − 1) at 0 equals the right slope 1",
    expected: () => {
      let [low, high] = [0, 10];
      for (let i = 0; i < 100; i++) {
        const alpha = (low + high) / 2;
        if (derivative((x) => alpha * (Math.exp(x / 2) - 1), 0) < 1) low = alpha;
        else high = alpha;
      }
      return (low + high) / 2;
    },
    tolerance: { absolute: 1e-9, relative: 0 },
  },
  "mish-derivative": {
    via: "core",
    how: "activation('mish').df, the core's Mish′ (tested against PyTorch and mathjs in test/activations)",
    expected: ([x]) => activation("mish").df(Number(x)),
    tolerance: { absolute: 1e-12, relative: 1e-9 },
  },
  "softplus-inverse": {
    via: "mathjs-bignumber",
    how: "log(e^y − 1) in 64-digit arithmetic",
    expected: ([y]) => bigEvaluate("log(exp(y) - 1)", { y: Number(y) }),
  },
  "softmax-log-softmax-backward": {
    via: "finite-difference",
    how: "fourth-order differences of Σ gᵢ·log softmax(x)ᵢ computed in 64-digit arithmetic",
    expected: ([logits, g]) => gradientOf((x) => bigLogSoftmaxDot(x, numbers(g)), numbers(logits)),
    tolerance: { absolute: 1e-8, relative: 1e-7 },
  },
  "glu-swiglu-backward": {
    via: "finite-difference",
    how: "fourth-order differences in x of g·y, the block's forward pass written out with Math",
    expected: ([x, w, v, w2, g]) =>
      gradientOf((point) => swigluLoss(point, numbers(w), numbers(v), numbers(w2), numbers(g)), numbers(x)),
    tolerance: { absolute: 1e-9, relative: 1e-7 },
  },
  "init-relu-second-moment": {
    via: "core",
    how: "gaussianExpectation of max(0, z)² under N(μ, σ²) (Gauss–Legendre, kink at 0)",
    expected: ([mu, sigma]) =>
      gaussianExpectation((z) => Math.max(0, z) ** 2, { mean: Number(mu), std: Number(sigma) }),
    tolerance: { absolute: 1e-10, relative: 1e-8 },
  },
  "init-tanh-depth-predict": {
    via: "measurement",
    how: "the std at layer 50 of the core's 50-layer tanh network (width 32) for each init, the one nearest 1 in ratio",
    expected: () => {
      const distance = Object.fromEntries(
        Object.entries(tanhInits).map(([letter, init]) => {
          const { forward } = deepNetworkStatistics({ activation: "tanh", init, width: 32, batch: 32 });
          const std = forward.find((layer) => layer.layer === 50)?.std ?? 0;
          return [letter, Math.abs(Math.log(std))];
        }),
      );
      const best = Math.min(...Object.values(distance));
      return onlyTrue(Object.fromEntries(Object.entries(distance).map(([letter, d]) => [letter, d === best])));
    },
  },
  "gradients-clip-choice": {
    via: "measurement",
    how: "the core's clipGradientsByGlobalNorm on g₁ = (3, 4) and g₂ = (0, 12) together, max norm 6.5 (it sees gradients only, so D's normalisation cannot hold)",
    expected: () => {
      const [weight, bias] = [Float64Array.from([3, 4]), Float64Array.from([0, 12])];
      clipGradientsByGlobalNorm([weight, bias], 6.5);
      const [a, b] = weight;
      const near = (x: number, y: number) => Math.abs(x - y) < 1e-5;
      return onlyTrue({
        A: near(a, 1.5) && near(b, 2),
        B: a === 3 && b === 4 && bias[1] < 12,
        C: near(a, 3.9) && near(b, 5.2),
        D: false,
      });
    },
  },
  "linearity-product-rank": {
    via: "core",
    how: "the core's rank (singular values) of matmul(W₂, W₁)",
    expected: () =>
      rank(
        matmul(
          fromRows([
            [1, 0, 0],
            [0, 1, 0],
          ]),
          fromRows([
            [1, 2],
            [2, 4],
            [0, 1],
          ]),
        ),
      ),
  },
  "sigmoid-saturation-threshold": {
    via: "brute-force",
    how: "bisection on x > 0 for e^(−x)/(1 + e^(−x))² = 0.01 · ¼",
    expected: () => root((x) => Math.exp(-x) / (1 + Math.exp(-x)) ** 2 - 0.0025, 0, 20),
    tolerance: { absolute: 1e-9, relative: 0 },
  },
  "relu-selu-alpha": {
    via: "core",
    how: "bisection on α until gaussianExpectation of ELU_α under N(0, 1) is 0",
    expected: () => root((alpha) => gaussianExpectation((z) => (z > 0 ? z : alpha * (Math.exp(z) - 1))), 0.5, 3),
    tolerance: { absolute: 1e-9, relative: 0 },
  },
  "glu-llama-hidden": {
    via: "brute-force",
    how: "the first multiple of 256 whose gluParamCount reaches the FFN's feedForwardParamCount (no biases)",
    expected: () => {
      const target = feedForwardParamCount({ dModel: 5120, dHidden: 4 * 5120, bias: false });
      return 256 * firstWhole((k) => gluParamCount({ dModel: 5120, dHidden: 256 * k, bias: false }) >= target);
    },
  },
  "gradients-residual-stack": {
    via: "finite-difference",
    how: "a fourth-order difference at 0 of the 30 composed blocks h ↦ h + 0.1·tanh(h)",
    expected: () =>
      derivative((x) => Array.from({ length: 30 }).reduce<number>((h) => h + 0.1 * Math.tanh(h), x), 0, 1e-4),
    tolerance: { absolute: 1e-9, relative: 1e-7 },
  },
  "gradients-tanh-chain": {
    via: "finite-difference",
    how: "a fourth-order difference in h₀ of the composed chain tanh(w·tanh(w·…))",
    expected: ([h0, w, layers]) =>
      derivative(
        (x) => Array.from({ length: Number(layers) }).reduce<number>((h) => Math.tanh(Number(w) * h), x),
        Number(h0),
        1e-4,
      ),
    tolerance: { absolute: 1e-9, relative: 1e-7 },
  },
  "linearity-xor-units": {
    via: "brute-force",
    how: "one unit: least-squares fit of c, d for every (w₁, w₂, b) on a sphere grid never reaches 0; two units: an explicit fit",
    expected: () => {
      const corners = [
        [0, 0, 0],
        [1, 0, 1],
        [0, 1, 1],
        [1, 1, 0],
      ];
      // Best residual of ŷ = c·ReLU(z) + d over the four corners, for fixed unit weights (closed-form 1-D regression).
      const residual = (w1: number, w2: number, b: number) => {
        const f = corners.map(([x1, x2]) => Math.max(0, w1 * x1 + w2 * x2 + b));
        const t = corners.map(([, , y]) => y);
        const fMean = f.reduce((a, v) => a + v, 0) / 4;
        const tMean = t.reduce((a, v) => a + v, 0) / 4;
        const sff = f.reduce((a, v) => a + (v - fMean) ** 2, 0);
        const sft = f.reduce((a, v, i) => a + (v - fMean) * (t[i] - tMean), 0);
        const stt = t.reduce((a, v) => a + (v - tMean) ** 2, 0);
        return sff > 1e-15 ? stt - (sft * sft) / sff : stt;
      };
      let best = Infinity;
      for (let i = 0; i <= 120; i++)
        for (let j = 0; j < 240; j++) {
          const [theta, phi] = [(Math.PI * i) / 120, (2 * Math.PI * j) / 240];
          best = Math.min(
            best,
            residual(Math.sin(theta) * Math.cos(phi), Math.sin(theta) * Math.sin(phi), Math.cos(theta)),
          );
        }
      const twoUnits = corners.every(([x1, x2, y]) => Math.max(0, x1 + x2) - 2 * Math.max(0, x1 + x2 - 1) === y);
      return best > 0.1 && twoUnits ? 2 : best <= 0.1 ? 1 : Number.NaN;
    },
  },
  "sigmoid-saturated-fraction": {
    via: "monte-carlo",
    how: "the share of 400 000 seeded N(0, 9) samples where e^(−z)/(1 + e^(−z))² < 0.0025 (tolerance 4 standard errors)",
    expected: () => {
      const rng = createRng(77);
      let saturated = 0;
      for (let i = 0; i < 400_000; i++) {
        const z = rng.normal(0, 3);
        if (Math.exp(-z) / (1 + Math.exp(-z)) ** 2 < 0.0025) saturated++;
      }
      return saturated / 400_000;
    },
    tolerance: { absolute: 4 * Math.sqrt((0.046 * 0.954) / 400_000), relative: 0 },
  },
};
