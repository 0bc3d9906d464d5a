import {
  activation,
  composeAffine,
  createLearnableSwishMlp,
  createMlp,
  createRng,
  fromRows,
  gaussianExpectation,
  makeCurve,
  makeMoons,
  normalCdf,
  slopeBreaks,
  train,
  trainLearnableSwish,
} from "../../../src/index";
import type { Matrix, Mlp } from "../../../src/index";
import {
  bigEvaluate,
  derivative,
  firstWhole,
  goldenMinimum,
  onlyTrue,
  root,
  secondDerivative,
  symbolicDerivativeAt,
} from "./helpers";
import type { Routes } from "./types";

const numbers = (arg: unknown): number[] => arg as number[];
const square = (flat: number[]) => fromRows([flat.slice(0, 2), flat.slice(2, 4)]);

/** Rank by Gaussian elimination with full pivoting, stopping when the rest is rounding noise. */
function eliminationRank(rows: number[][]): number {
  const a = rows.map((row) => [...row]);
  const scale = a.reduce((best, row) => row.reduce((m, x) => Math.max(m, Math.abs(x)), best), 0);
  let rank = 0;
  for (; rank < Math.min(a.length, a[0].length); rank++) {
    let [pi, pj, best] = [rank, rank, 0];
    for (let i = rank; i < a.length; i++)
      for (let j = rank; j < a[0].length; j++) if (Math.abs(a[i][j]) > best) [pi, pj, best] = [i, j, Math.abs(a[i][j])];
    if (best <= scale * 1e-9) break;
    [a[rank], a[pi]] = [a[pi], a[rank]];
    for (const row of a) [row[rank], row[pj]] = [row[pj], row[rank]];
    for (let i = rank + 1; i < a.length; i++) {
      const factor = a[i][rank] / a[rank][rank];
      if (factor !== 0) for (let j = rank; j < a[0].length; j++) a[i][j] -= factor * a[rank][j];
    }
  }
  return rank;
}

function randomMatrix(rows: number, cols: number, seed: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => rng.normal(0, 1)));
}

function multiply(a: number[][], b: number[][]): number[][] {
  return a.map((row) => {
    const out = new Array<number>(b[0].length).fill(0);
    row.forEach((aik, k) => {
      const bk = b[k];
      for (let j = 0; j < out.length; j++) out[j] += aik * bk[j];
    });
    return out;
  });
}

/** Whether a map of the plane is additive and homogeneous on random vectors. */
function isLinear(map: (p: [number, number]) => [number, number]): boolean {
  const rng = createRng(7);
  return Array.from({ length: 20 }).every(() => {
    const u: [number, number] = [rng.normal(0, 1), rng.normal(0, 1)];
    const v: [number, number] = [rng.normal(0, 1), rng.normal(0, 1)];
    const c = rng.normal(0, 2);
    const sum = map([u[0] + v[0], u[1] + v[1]]);
    const parts = [map(u), map(v)];
    const scaled = map([c * u[0], c * u[1]]);
    const close = (x: number, y: number) => Math.abs(x - y) < 1e-9;
    return [0, 1].every((i) => close(sum[i], parts[0][i] + parts[1][i]) && close(scaled[i], c * map(u)[i]));
  });
}

/**
 * The fraction of a ReLU net's hidden units with z ≤ 0 on every input row, by a forward pass written
 * here (z = h·W + b, W stored fan-in × fan-out, row-major), sharing no code with the core's statistics.
 */
function deadByHand(model: Mlp, inputs: Matrix): number {
  let [dead, units] = [0, 0];
  let rows = Array.from({ length: inputs.rows }, (_, i) =>
    Array.from(inputs.data.subarray(i * inputs.cols, (i + 1) * inputs.cols)),
  );
  for (const layer of model.layers.slice(0, -1)) {
    const { rows: fanIn, cols: fanOut, data } = layer.weights;
    const z = rows.map((h) =>
      Array.from({ length: fanOut }, (_, j) => {
        let sum = layer.bias[j];
        for (let k = 0; k < fanIn; k++) sum += h[k] * data[k * fanOut + j];
        return sum;
      }),
    );
    for (let j = 0; j < fanOut; j++) if (z.every((row) => row[j] <= 0)) dead++;
    units += fanOut;
    rows = z.map((row) => row.map((v) => Math.max(0, v)));
  }
  return dead / units;
}

export const routes01to04: Routes = {
  "linearity-collapsed-bias": {
    via: "core",
    how: "composeAffine of the three layers (W₁ = identity): the collapsed layer's bias",
    expected: ([w2, w3, b1, b2, b3]) =>
      Array.from(
        composeAffine([
          {
            weights: fromRows([
              [1, 0],
              [0, 1],
            ]),
            bias: Float64Array.from(numbers(b1)),
          },
          { weights: square(numbers(w2)), bias: Float64Array.from(numbers(b2)) },
          { weights: square(numbers(w3)), bias: Float64Array.from(numbers(b3)) },
        ]).bias,
      ),
  },
  "linearity-which-not-linear": {
    via: "measurement",
    how: "each option's map tested for additivity and homogeneity on random vectors",
    expected: () =>
      onlyTrue({
        A: !isLinear(([x, y]) => [2 * x - y, 3 * y]),
        B: !isLinear(([x, y]) => [y, x]),
        C: !isLinear(([x, y]) => [x + 3, y - 2]),
        D: !isLinear(([x]) => [x, 0]),
      }),
  },
  "linearity-bottleneck-rank": {
    via: "brute-force",
    how: "rank of a product of random 784×256, 256×32, 32×256, 256×784 matrices, by Gaussian elimination",
    expected: () => {
      const left = multiply(randomMatrix(784, 256, 1), randomMatrix(256, 32, 2));
      const right = multiply(randomMatrix(32, 256, 3), randomMatrix(256, 784, 4));
      return eliminationRank(multiply(left, right));
    },
  },
  "linearity-hinge-location": {
    via: "core",
    how: "slopeBreaks of the sampled unit x ↦ ReLU(w·x + b) on [−10, 10]",
    expected: ([w, b]) => {
      const breaks = slopeBreaks((x) => Math.max(0, Number(w) * x + Number(b)), [-10, 10], { points: 20_001 });
      return breaks[0].x;
    },
    tolerance: { absolute: 2e-3, relative: 0 },
  },
  "sigmoid-stable": {
    via: "mathjs-bignumber",
    how: "1/(1 + e^(−x)) in 64-digit arithmetic",
    expected: ([x]) => (Number.isNaN(Number(x)) ? Number.NaN : bigEvaluate("1 / (1 + exp(-x))", { x: Number(x) })),
  },
  "sigmoid-derivative": {
    via: "mathjs-bignumber",
    how: "e^(−x)/(1 + e^(−x))² in 64-digit arithmetic",
    expected: ([x]) => bigEvaluate("exp(-x) / (1 + exp(-x))^2", { x: Number(x) }),
  },
  "tanh-derivative": {
    via: "mathjs-bignumber",
    how: "sech²x = 4/(eˣ + e^(−x))² in 64-digit arithmetic",
    expected: ([x]) => bigEvaluate("4 / (exp(x) + exp(-x))^2", { x: Number(x) }),
  },
  "sigmoid-max-slope": {
    via: "brute-force",
    how: "golden-section search for the maximum of a finite difference of σ′ (σ written with Math.exp)",
    expected: () => {
      const sigmoidSlope = (x: number) => Math.exp(-x) / (1 + Math.exp(-x)) ** 2;
      const slopeOfSlope = (x: number) => derivative(sigmoidSlope, x);
      return slopeOfSlope(goldenMinimum((x) => -slopeOfSlope(x), -5, 0));
    },
    tolerance: { absolute: 1e-9, relative: 0 },
  },
  "sigmoid-tanh-saturation-predict": {
    via: "monte-carlo",
    how: "shares of 200 000 seeded N(0, 9) samples where e^(−|z|)/(1 + e^(−|z|))² and 1/cosh²z, written here, are below 0.01",
    expected: () => {
      const rng = createRng(909);
      let [flatSigmoid, flatTanh] = [0, 0];
      const count = 200_000;
      for (let i = 0; i < count; i++) {
        const z = rng.normal(0, 3);
        const e = Math.exp(-Math.abs(z));
        if (e / (1 + e) ** 2 < 0.01) flatSigmoid++;
        if (1 / Math.cosh(z) ** 2 < 0.01) flatTanh++;
      }
      const [sigmoidShare, tanhShare] = [flatSigmoid / count, flatTanh / count];
      return onlyTrue({
        A: sigmoidShare > tanhShare + 0.05,
        B: tanhShare > sigmoidShare + 0.05,
        C: Math.abs(tanhShare - sigmoidShare) < 0.01,
        D: Math.max(sigmoidShare, tanhShare) < 0.01,
      });
    },
  },
  "sigmoid-log-stable": {
    via: "mathjs-bignumber",
    how: "−log(1 + e^(−x)) in 64-digit arithmetic",
    expected: ([x]) => bigEvaluate("-log(1 + exp(-x))", { x: Number(x) }),
  },
  "sigmoid-vanishing-depth": {
    via: "brute-force",
    how: "count layers up until the product of the per-layer bound (w·σ′max = 2 · 1/4) drops below 10⁻⁶",
    expected: () => firstWhole((layers) => (2 * 0.25) ** layers < 1e-6),
  },
  "sigmoid-update-signs": {
    via: "measurement",
    how: "finite-difference gradients of a squared error through z = w·a + b with a = σ(·) > 0, for targets above and below z",
    expected: () => {
      const rng = createRng(11);
      const a = Array.from({ length: 6 }, () => 1 / (1 + Math.exp(-rng.normal(0, 2))));
      const w = Array.from({ length: 6 }, () => rng.normal(0, 1));
      const z = (weights: number[]) => weights.reduce((total, wi, i) => total + wi * a[i], 0.3);
      const updates = [z(w) + 1, z(w) - 1].map((target) =>
        w.map((_, i) => {
          const loss = (wi: number) => (z(w.map((v, j) => (j === i ? wi : v))) - target) ** 2;
          return -0.1 * derivative(loss, w[i]);
        }),
      );
      const upstream = [z(w) + 1, z(w) - 1].map((target) => derivative((zz) => (zz - target) ** 2, z(w)));
      return onlyTrue({
        A: updates.every((u, k) => u.every((d) => Math.sign(d) === Math.sign(-upstream[k]))),
        B: updates.some((u) => u.some((d) => d > 0) && u.some((d) => d < 0)),
        C: updates.every((u) => u.every((d) => Math.abs(d) < 1e-12)),
        D: updates.every((u) => u.every((d) => d > 0)),
      });
    },
  },
  "relu-sparsity-shift": {
    via: "monte-carlo",
    how: "the zero fraction of ReLU(x + b) over 400 000 seeded normal samples (tolerance 4 standard errors)",
    expected: () => {
      const rng = createRng(2024);
      let zeros = 0;
      const count = 400_000;
      for (let i = 0; i < count; i++) if (Math.max(0, rng.normal(0, 2) - 1) === 0) zeros++;
      return zeros / count;
    },
    tolerance: { absolute: 4 * Math.sqrt(0.25 / 400_000), relative: 0 },
  },
  "relu-dead-choice": {
    via: "measurement",
    how: "per-example finite-difference weight gradients of a ReLU unit that is zero on 60% of 1000 examples",
    expected: () => {
      const rng = createRng(5);
      const xs = Array.from({ length: 1000 }, (_, i) => (i % 5 < 3 ? -1 : 1) * (0.1 + rng.uniformIn(0, 1)));
      const unit = (w: number, x: number) => Math.max(0, w * x);
      const gradients = xs.map((x) => derivative((w) => unit(w, x), 1, 1e-4));
      const active = gradients.filter((g) => Math.abs(g) > 1e-12).length / xs.length;
      const linearTotal = xs.reduce((total, x) => total + x, 0);
      const reluTotal = gradients.reduce((total, g) => total + g, 0);
      return onlyTrue({
        A: active === 0,
        B: Math.abs(active - 0.4) < 1e-9,
        C: active === 1,
        D: Math.abs(reluTotal - 0.4 * linearTotal) < 1e-6 * Math.abs(linearTotal),
      });
    },
  },
  "relu-lr-spike-predict": {
    via: "measurement",
    how: "the core's training (SGD 0.3 × 20 epochs, then one full-batch step at 30), dead units counted by a forward pass written here",
    expected: () => {
      const moons = makeMoons({ n: 200, seed: 1 });
      const model = createMlp({ sizes: [2, 32, 32, 1], activation: "relu", seed: 1 });
      train(model, moons, { epochs: 20, learningRate: 0.3, optimizer: "sgd", seed: 2 });
      const before = deadByHand(model, moons.inputs);
      train(model, moons, { epochs: 1, learningRate: 30, optimizer: "sgd", batchSize: 200, seed: 3 });
      const after = deadByHand(model, moons.inputs);
      return onlyTrue({
        A: before === 0 && after === 0,
        B: before === 0 && after >= 0.05 && after <= 0.5,
        C: before === 0 && after > 0.9,
        D: before === 0 && after === 0.5,
      });
    },
  },
  "prelu-weight-gradient": {
    via: "finite-difference",
    how: "a central difference in a of x > 0 ? x : a·x (exact: PReLU is linear in a)",
    expected: ([x, a]) => {
      const prelu = (slope: number) => (Number(x) > 0 ? Number(x) : slope * Number(x));
      return derivative(prelu, Number(a));
    },
  },
  "elu-derivative": {
    via: "core",
    how: "the core's ELU derivative, tested against PyTorch in test/activations (the reference is written by hand)",
    expected: ([x, alpha]) => activation("elu", { alpha: Number(alpha) }).df(Number(x)),
  },
  "gelu-tanh": {
    via: "core",
    how: "activation('gelu', { approximate: 'tanh' }).f, the core's tested GELU",
    expected: ([x]) => activation("gelu", { approximate: "tanh" }).f(Number(x)),
  },
  "gelu-derivative-formula": {
    via: "finite-difference",
    how: "a fourth-order second difference of x·Φ(x), with Φ by Gauss–Legendre integration of the normal density",
    expected: ([x]) =>
      secondDerivative((t) => t * gaussianExpectation((z) => (z <= t ? 1 : 0), { kinks: [t] }), Number(x)),
    tolerance: { absolute: 1e-8, relative: 1e-6 },
  },
  "swish-derivative": {
    via: "finite-difference",
    how: "a fourth-order difference of x/(1 + e^(−βx))",
    expected: ([x, beta]) => derivative((t) => t / (1 + Math.exp(-Number(beta) * t)), Number(x)),
    tolerance: { absolute: 1e-9, relative: 1e-8 },
  },
  "silu-derivative-formula": {
    via: "mathjs-bignumber",
    how: "mathjs.derivative of x/(1 + exp(−x)), evaluated (mathjs itself, not the core's wrapper)",
    expected: ([x]) => symbolicDerivativeAt("x / (1 + exp(-x))", Number(x)),
  },
  "swish-minimum": {
    via: "brute-force",
    how: "bisection on β until the golden-section minimiser of x/(1 + e^(−βx)) on [−3, 0] is −0.5",
    expected: () => {
      const dipAt = (beta: number) => goldenMinimum((x) => x / (1 + Math.exp(-beta * x)), -3, 0);
      let [low, high] = [1, 5];
      for (let i = 0; i < 60; i++) {
        const beta = (low + high) / 2;
        if (dipAt(beta) < -0.5) low = beta;
        else high = beta;
      }
      return (low + high) / 2;
    },
    tolerance: { absolute: 1e-6, relative: 0 },
  },
  "hardswish-implement": {
    via: "core",
    how: "activation('hardswish').f, the core's tested hard-swish",
    expected: ([x]) => activation("hardswish").f(Number(x)),
  },
  "gelu-tanh-cubic": {
    via: "brute-force",
    how: "bisection on a until the x³ coefficient of ½(1 + tanh(c(x + ax³))) − Φ(x), Richardson-extrapolated from x = 0.01 and 0.02, vanishes",
    expected: () => {
      const c = Math.sqrt(2 / Math.PI);
      const error = (a: number, x: number) => 0.5 * (1 + Math.tanh(c * (x + a * x ** 3))) - normalCdf(x);
      // error(x)/x³ = k₃ + k₅x² + …; two step sizes eliminate k₅.
      const cubic = (a: number) => (4 * (error(a, 0.01) / 0.01 ** 3) - error(a, 0.02) / 0.02 ** 3) / 3;
      return root(cubic, 0, 0.1);
    },
    tolerance: { absolute: 1e-6, relative: 0 },
  },
  "swish-beta-gradient": {
    via: "finite-difference",
    how: "a fourth-order difference in β of x/(1 + e^(−βx)), x held fixed",
    expected: ([x, beta]) => derivative((b) => Number(x) / (1 + Math.exp(-b * Number(x))), Number(beta)),
    tolerance: { absolute: 1e-9, relative: 1e-8 },
  },
  "swish-beta-predict": {
    via: "measurement",
    how: "β after the core's learnable-Swish training on y = x² ([1, 8, 1], seed 1, 1500 Adam steps at 0.02)",
    expected: () => {
      const data = makeCurve({ n: 64, noise: 0, seed: 1, f: (x) => x * x, range: [-2, 2] });
      const net = createLearnableSwishMlp({ sizes: [1, 8, 1], seed: 1 });
      const { betas } = trainLearnableSwish(net, data, { steps: 1500, learningRate: 0.02 });
      const beta = betas[betas.length - 1][0];
      return onlyTrue({ A: beta > 2, B: beta >= 0 && beta < 0.5, C: beta >= 0.9 && beta <= 1.1, D: beta < 0 });
    },
  },
  "swish-beta-layer-debug": {
    via: "finite-difference",
    how: "a fourth-order difference in β of Σᵢ gᵢ·zᵢ/(1 + e^(−βzᵢ)), the loss's first-order change",
    expected: ([z, g, beta]) =>
      derivative(
        (b) => numbers(z).reduce((sum, zi, i) => sum + (numbers(g)[i] * zi) / (1 + Math.exp(-b * zi)), 0),
        Number(beta),
      ),
    tolerance: { absolute: 1e-9, relative: 1e-8 },
  },
  "adaptive-activation-choice": {
    via: "measurement",
    how: "central differences of a squared-error loss through α·tanh(βz) at α = 1, β = 0, per parameter group",
    expected: () => {
      const rng = createRng(11);
      const draw = (n: number) => Array.from({ length: n }, () => rng.normal(0, 1));
      const [inputs, targets] = [draw(6), draw(6)];
      const start: Record<string, number[]> = {
        w1: draw(3),
        b1: draw(3),
        w2: draw(3),
        b2: [0.2],
        alpha: [1],
        beta: [0],
      };
      const lossOf = (p: Record<string, number[]>) =>
        inputs.reduce((total, x, n) => {
          const hidden = p.w1.map((w, j) => p.alpha[0] * Math.tanh(p.beta[0] * (x * w + p.b1[j])));
          const y = hidden.reduce((sum, a, j) => sum + a * p.w2[j], p.b2[0]);
          return total + (y - targets[n]) ** 2;
        }, 0);
      const moves = (name: string) =>
        start[name].some((value, i) => {
          const shifted = (by: number) =>
            lossOf({ ...start, [name]: start[name].map((v, k) => (k === i ? v + by : v)) });
          return Math.abs(derivative(shifted, 0)) > 1e-9 * (1 + Math.abs(value));
        });
      const moving = Object.keys(start).filter(moves).sort().join(" ");
      return onlyTrue({
        A: moving === "",
        B: moving === "b2 beta",
        C: moving === "alpha b1 b2 beta w1 w2",
        D: moving === "alpha beta",
      });
    },
  },
};
