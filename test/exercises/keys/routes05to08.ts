import {
  calculateGain,
  createMlp,
  createRng,
  deepNetworkStatistics,
  feedForwardParamCount,
  fromRows,
  gaussianExpectation,
  gluForward,
  gluParamCount,
  inputJacobian,
  makeSpirals,
  makeMoons,
  matrix,
  scaleLayer,
  toRows,
  trainingSnapshot,
  train,
  xavierUniform,
} from "../../../src/index";
import { bigMath, derivative, onlyTrue } from "./helpers";
import type { Routes } from "./types";

const numbers = (arg: unknown): number[] => arg as number[];

/** softmax in 64-digit arithmetic: e^1000 is an ordinary BigNumber. */
function bigSoftmax(logits: readonly number[]): number[] {
  const exps = logits.map((x) => bigMath.exp(bigMath.bignumber(x)));
  const total = exps.reduce((sum, e) => bigMath.add(sum, e), bigMath.bignumber(0));
  return exps.map((e) => Number(bigMath.divide(e, total).toString()));
}

/** A Jacobian by central differences of the 64-digit softmax (independent of every softmax in the core). */
const differenceJacobian = (logits: readonly number[]): number[][] =>
  logits.map((_, i) =>
    logits.map((_, j) => derivative((t) => bigSoftmax(logits.map((x, k) => (k === j ? t : x)))[i], logits[j])),
  );

/** −log softmax(x)ₜ = log Σ e^(xⱼ) − xₜ, in 64-digit arithmetic. */
function bigCrossEntropy(logits: readonly number[], target: number): number {
  const total = logits.reduce((sum, x) => bigMath.add(sum, bigMath.exp(bigMath.bignumber(x))), bigMath.bignumber(0));
  return Number(bigMath.subtract(bigMath.log(total), bigMath.bignumber(logits[target])).toString());
}

/** The smallest h ≥ 0 where a monotone increasing count reaches a target, by bisection. */
function bisect(count: (h: number) => number, target: number): number {
  let [low, high] = [0, Math.max(1, target)];
  for (let i = 0; i < 200; i++) {
    const middle = (low + high) / 2;
    if (count(middle) < target) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

const randomRows = (rows: number, cols: number, seed: number) => {
  const rng = createRng(seed);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => rng.normal(0, 1)));
};
const sigma = (z: number) => 1 / (1 + Math.exp(-z));

export const routes05to08: Routes = {
  "softmax-stable": {
    via: "mathjs-bignumber",
    how: "e^(xᵢ)/Σ e^(xⱼ) in 64-digit arithmetic, no max subtracted",
    expected: ([logits]) => bigSoftmax(numbers(logits)),
  },
  "softmax-jacobian": {
    via: "finite-difference",
    how: "fourth-order differences of the 64-digit softmax",
    expected: ([logits]) => differenceJacobian(numbers(logits)),
    tolerance: { absolute: 1e-7, relative: 1e-6 },
  },
  "softmax-jacobian-debug": {
    via: "finite-difference",
    how: "fourth-order differences of the 64-digit softmax",
    expected: ([logits]) => differenceJacobian(numbers(logits)),
    tolerance: { absolute: 1e-7, relative: 1e-6 },
  },
  "softmax-vjp": {
    via: "finite-difference",
    how: "Jᵀv with J from fourth-order differences of the 64-digit softmax",
    expected: ([logits, v]) => {
      const jacobian = differenceJacobian(numbers(logits));
      return numbers(logits).map((_, j) => jacobian.reduce((total, row, i) => total + row[j] * numbers(v)[i], 0));
    },
    tolerance: { absolute: 1e-7, relative: 1e-6 },
  },
  "softmax-cross-entropy-gradient": {
    via: "finite-difference",
    how: "fourth-order differences of log Σ e^(xⱼ) − xₜ in 64-digit arithmetic",
    expected: ([logits, target]) =>
      numbers(logits).map((x, j) =>
        derivative(
          (t) =>
            bigCrossEntropy(
              numbers(logits).map((y, k) => (k === j ? t : y)),
              Number(target),
            ),
          x,
        ),
      ),
    tolerance: { absolute: 1e-7, relative: 1e-6 },
  },
  "softmax-attention-variance": {
    via: "core",
    how: "d_k · E[q²]·E[k²] with both moments integrated by gaussianExpectation (std √0.5)",
    expected: () => 128 * gaussianExpectation((q) => q * q, { std: Math.sqrt(0.5) }) ** 2,
    tolerance: { absolute: 1e-9, relative: 1e-9 },
  },
  "softmax-mask-predict": {
    via: "measurement",
    how: "the 64-digit softmax of [−1e9 ×4] (no max shift) and Jᵀv from its fourth-order differences, against each option",
    expected: () => {
      const row = [-1e9, -1e9, -1e9, -1e9];
      const v = [1, -2, 0.5, 3];
      const y = bigSoftmax(row);
      const jacobian = differenceJacobian(row);
      const grad = row.map((_, j) => jacobian.reduce((total, jRow, i) => total + jRow[j] * v[i], 0));
      const near = (a: readonly number[], b: readonly number[]) => a.every((value, i) => Math.abs(value - b[i]) < 1e-6);
      const uniform = [0.25, 0.25, 0.25, 0.25];
      const zeros = [0, 0, 0, 0];
      const vMean = v.reduce((total, vi) => total + vi, 0) / v.length;
      const predicted = v.map((vi) => 0.25 * (vi - vMean));
      return onlyTrue({
        A: near(y, zeros) && near(grad, zeros),
        B: near(y, uniform) && near(grad, predicted) && !near(grad, zeros),
        C: [...y, ...grad].every(Number.isNaN),
        D: near(y, uniform) && near(grad, zeros),
      });
    },
  },
  "glu-formula-choice": {
    via: "measurement",
    how: "F.glu written out (split z = xM in half, a ⊗ σ(b)) against each option, the two-projection ones through the core's gluForward('glu')",
    expected: () => {
      const [d, h] = [3, 2];
      const x = randomRows(4, d, 1);
      const wide = randomRows(d, 2 * h, 2); // M, d×2h
      const columns = (from: number) => wide.map((row) => row.slice(from, from + h));
      const [left, right] = [columns(0), columns(h)];
      const identity = (n: number) =>
        Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => +(i === j)));
      const project = (m: number[][]) =>
        x.map((row) => m[0].map((_, j) => row.reduce((t, xi, k) => t + xi * m[k][j], 0)));
      const splitGlu = project(wide).map((z) => z.slice(0, h).map((a, j) => a * sigma(z[h + j])));
      const twoProjections = (w: number[][], v: number[][]) =>
        toRows(
          gluForward(
            "glu",
            {
              w: fromRows(w),
              b: new Float64Array(h),
              v: fromRows(v),
              c: new Float64Array(h),
              w2: fromRows(identity(h)),
            },
            fromRows(x),
          ),
        );
      const same = (rows: number[][]) =>
        rows.length === splitGlu.length &&
        rows.every((row, i) => row.length === h && row.every((value, j) => Math.abs(value - splitGlu[i][j]) < 1e-12));
      const xm = project(wide);
      return onlyTrue({
        A: same(twoProjections(left, right)),
        B: same(twoProjections(right, left)),
        C: same(x.map((row, i) => xm[i].map((z, j) => (row[j] ?? Number.NaN) * sigma(z)))),
        D: same(xm.map((row) => row.map((z) => sigma(z) * z))),
      });
    },
  },
  "glu-param-count": {
    via: "brute-force",
    how: "entries of three zero matrices of the stated shapes, counted",
    expected: () =>
      [matrix(1024, 2816), matrix(1024, 2816), matrix(2816, 1024)].reduce((total, m) => total + m.data.length, 0),
  },
  "glu-hidden-size": {
    via: "core",
    how: "the core's feedForwardParamCount divided by the weights one GLU hidden unit costs (its gluParamCount at d_ff = 1)",
    expected: ([dModel, ffnHidden]) =>
      feedForwardParamCount({ dModel: Number(dModel), dHidden: Number(ffnHidden), bias: false }) /
      gluParamCount({ dModel: Number(dModel), dHidden: 1, bias: false }),
    tolerance: { absolute: 1e-9, relative: 1e-9 },
  },
  "glu-gate-gradient": {
    via: "finite-difference",
    how: "g times a fourth-order difference in a of (a/(1 + e^(−a)))·u",
    expected: ([a, u, g]) => Number(g) * derivative((t) => (t / (1 + Math.exp(-t))) * Number(u), Number(a)),
    tolerance: { absolute: 1e-9, relative: 1e-8 },
  },
  "glu-gate-weight-debug": {
    via: "finite-difference",
    how: "fourth-order differences in each entry of W of Σ g ⊙ Y, the batch forward pass written out with Math",
    expected: ([x, w, v, w2, g, d]) => {
      const [rows, dModel] = [numbers(x), Number(d)];
      const [gate, value, out, upstream] = [numbers(w), numbers(v), numbers(w2), numbers(g)];
      const hidden = gate.length / dModel;
      const loss = (weights: readonly number[]) => {
        let total = 0;
        for (let r = 0; r < rows.length / dModel; r++) {
          const row = rows.slice(r * dModel, (r + 1) * dModel);
          const hiddenRow = Array.from({ length: hidden }, (_, j) => {
            const a = row.reduce((t, xi, i) => t + xi * weights[i * hidden + j], 0);
            const u = row.reduce((t, xi, i) => t + xi * value[i * hidden + j], 0);
            return a * sigma(a) * u;
          });
          for (let k = 0; k < dModel; k++)
            total += upstream[r * dModel + k] * hiddenRow.reduce((t, hj, j) => t + hj * out[j * dModel + k], 0);
        }
        return total;
      };
      return gate.map((_, e) => derivative((t) => loss(gate.map((value, f) => (f === e ? t : value))), gate[e]));
    },
    tolerance: { absolute: 1e-9, relative: 1e-7 },
  },
  "init-he-variance": {
    via: "core",
    how: "calculateGain('relu')² / fan_in, from the core's PyTorch gain table",
    expected: ([fanIn]) => calculateGain("relu") ** 2 / Number(fanIn),
  },
  "init-xavier-uniform-bound": {
    via: "measurement",
    how: "the largest |w| of the core's xavierUniform(300, 100, gain 1): 30 000 draws reach the bound to ~3e−5",
    expected: () => Math.max(...Array.from(xavierUniform(300, 100, 1, createRng(3)).data, Math.abs)),
    tolerance: { absolute: 0, relative: 5e-4 },
  },
  "init-leaky-relu-gain": {
    via: "core",
    how: "calculateGain('leaky_relu', a), the core's PyTorch table",
    expected: ([a]) => calculateGain("leaky_relu", Number(a)),
  },
  "init-symmetry-choice": {
    via: "measurement",
    how: "distinct hidden units (parameter columns) after training the stated network with the core's train, at learning rates 0.02 and 0.5",
    expected: () => {
      const distinctUnits = (learningRate: number) => {
        const model = createMlp({ sizes: [2, 16, 1], activation: "tanh", seed: 8 });
        for (const layer of model.layers) layer.weights.data.fill(0.3);
        train(model, makeMoons({ n: 200, seed: 4 }), { epochs: 40, learningRate, batchSize: 20, seed: 1 });
        const [first, second] = model.layers;
        const unit = (j: number) =>
          JSON.stringify([first.weights.data[j], first.weights.data[16 + j], first.bias[j], second.weights.data[j]]);
        return new Set(Array.from({ length: 16 }, (_, j) => unit(j))).size;
      };
      const [slow, fast] = [distinctUnits(0.02), distinctUnits(0.5)];
      return onlyTrue({ A: slow === 16, B: slow === 1 && fast === 1, C: slow === 2, D: slow === 1 && fast === 16 });
    },
  },
  "init-dropout-variance": {
    via: "core",
    how: "E[y²] − E[y]² with y = m·x/(1 − p): the Bernoulli mask summed over its two values, x's moments by gaussianExpectation under N(μ, s²)",
    expected: ([p, mu, variance]) => {
      const [drop, mean, std] = [Number(p), Number(mu), Math.sqrt(Number(variance))];
      const moment = (power: number) =>
        [0, 1].reduce((total, kept) => {
          const probability = kept === 1 ? 1 - drop : drop;
          const y = (x: number) => (kept * x) / (1 - drop);
          return total + probability * gaussianExpectation((x) => y(x) ** power, { mean, std });
        }, 0);
      return moment(2) - moment(1) ** 2;
    },
    tolerance: { absolute: 1e-10, relative: 1e-9 },
  },
  "init-deep-gradient-predict": {
    via: "measurement",
    how: "gradient RMS at layer 1 over layer 50 in the core's 50-layer sigmoid network with Xavier init",
    expected: () => {
      const { backward } = deepNetworkStatistics({
        activation: "sigmoid",
        init: "xavier_normal",
        width: 32,
        batch: 16,
      });
      const first = backward.find((layer) => layer.layer === 1)?.gradWrtInputRms ?? Number.NaN;
      const last = backward.find((layer) => layer.layer === 50)?.gradWrtInputRms ?? Number.NaN;
      const ratio = first / last;
      return onlyTrue({
        A: ratio > 0.1 && ratio < 10,
        B: ratio <= 0.1 && ratio >= 1e-3,
        C: ratio < 1e-20,
        D: ratio >= 10,
      });
    },
  },
  "gradients-jacobian-shape": {
    via: "core",
    how: "the core's inputJacobian of a [784, 256, 64, 10] MLP: the shapes of its first factor and of the product",
    expected: () => {
      const model = createMlp({ sizes: [784, 256, 64, 10], activation: "tanh", seed: 1 });
      const { layers, product } = inputJacobian(
        model,
        Array.from({ length: 784 }, (_, i) => Math.sin(i)),
      );
      const [first, whole] = [layers[0], product].map((j) => `${j.rows}×${j.cols}`);
      return onlyTrue({
        A: first === "256×784" && whole === "10×784",
        B: first === "784×256" && whole === "784×10",
        C: first === "256×784" && whole === "10×10",
        D: first === "784×256" && whole === "10×784",
      });
    },
  },
  "gradients-residual-derivative": {
    via: "finite-difference",
    how: "a fourth-order difference of x + tanh(2x)",
    expected: ([x]) => derivative((t) => t + Math.tanh(2 * t), Number(x)),
    tolerance: { absolute: 1e-9, relative: 1e-8 },
  },
  "gradients-clip-norm": {
    via: "brute-force",
    how: "the scale found by bisection so that ‖s·g‖ = min(‖g‖, maxNorm)",
    expected: ([gradient, maxNorm]) => {
      const g = numbers(gradient);
      const norm = (s: number) => Math.sqrt(g.reduce((total, x) => total + (s * x) ** 2, 0));
      const scale = norm(1) <= Number(maxNorm) ? 1 : bisect((s) => norm(s), Number(maxNorm));
      return g.map((x) => scale * x);
    },
    tolerance: { absolute: 1e-9, relative: 1e-7 },
  },
  "gradients-init-loss-predict": {
    via: "measurement",
    how: "the core's loss of the [2, 32, 32, 4] tanh net (seed 3) on the 4-arm spiral, last layer × 0.01, before training",
    expected: () => {
      const spiral = makeSpirals({ n: 300, arms: 4, noise: 0.2, seed: 1 });
      const model = createMlp({ sizes: [2, 32, 32, 4], activation: "tanh", seed: 3 });
      return trainingSnapshot(scaleLayer(model, -1, 0.01), spiral).loss;
    },
  },
  "gradients-init-loss-excess": {
    via: "finite-difference",
    how: "½·Σᵢ ∂²/∂s² log Σⱼ e^(s·eᵢ)ⱼ at s = 0 (E[uᵀHu] = trace H for u ~ N(0, I)), by a 4th-order second difference",
    expected: ([classes]) => {
      const c = Number(classes);
      // log Σ e^(zⱼ) along the unit vector eᵢ: every term but one is e⁰ = 1 (the same for every i).
      const along = (s: number) => Math.log(Math.exp(s) + (c - 1));
      const h = 1e-2;
      const second = (-along(2 * h) + 16 * along(h) - 30 * along(0) + 16 * along(-h) - along(-2 * h)) / (12 * h * h);
      return (c * second) / 2;
    },
    tolerance: { absolute: 1e-8, relative: 1e-6 },
  },
};
