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
  matrix,
  numericJacobian,
  predict,
  toRows,
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
    how: "each option evaluated on random data against the core's gluForward('glu') (W₂ = I, either branch gated)",
    expected: () => {
      const d = 3;
      const x = randomRows(4, d, 1);
      const w = randomRows(d, d, 2);
      const v = randomRows(d, d, 3);
      const b = [0.1, -0.2, 0.3];
      const c = [-0.4, 0.5, 0.6];
      const identity = fromRows([
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ]);
      const project = (m: number[][], bias?: number[]) =>
        x.map((row) => m[0].map((_, j) => row.reduce((t, xi, k) => t + xi * m[k][j], bias?.[j] ?? 0)));
      const run = (gated: number[][], gatedBias: number[], linear: number[][], linearBias: number[]) =>
        toRows(
          gluForward(
            "glu",
            {
              w: fromRows(gated),
              b: Float64Array.from(gatedBias),
              v: fromRows(linear),
              c: Float64Array.from(linearBias),
              w2: identity,
            },
            fromRows(x),
          ),
        );
      const glu = [run(w, b, v, c), run(v, c, w, b)];
      const same = (rows: number[][]) =>
        glu.some((g) => g.every((row, i) => row.every((value, j) => Math.abs(value - rows[i][j]) < 1e-12)));
      const xw = project(w);
      const xv = project(v);
      const gelu = (z: number) => z * gaussianExpectation((t) => (t <= z ? 1 : 0), { kinks: [z] });
      return onlyTrue({
        A: same(x.map((row, i) => row.map((xi, j) => xi * sigma(xw[i][j])))),
        B: same(project(w, b).map((row, i) => row.map((value, j) => value * sigma(project(v, c)[i][j])))),
        C: same(xw.map((row, i) => row.map((value, j) => sigma(value) * sigma(xv[i][j])))),
        D: same(x.map((row, i) => row.map((xi, j) => xi * gelu(xw[i][j])))),
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
    via: "measurement",
    how: "the numeric Jacobian of a [2, 16, 16, 1] MLP's output with respect to its input",
    expected: () => {
      const model = createMlp({ sizes: [2, 16, 16, 1], activation: "tanh", seed: 1 });
      const jacobian = numericJacobian((x) => predict(model, fromRows([Array.from(x)])).data, [0.3, -0.7]);
      const shape = `${jacobian.rows}×${jacobian.cols}`;
      return onlyTrue({ A: shape === "1×2", B: shape === "2×1", C: shape === "16×16", D: shape === "1×16" });
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
};
