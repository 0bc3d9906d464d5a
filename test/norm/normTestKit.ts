/** Test helpers for the normalisations: random matrices, the torch fixture, naive row statistics. */
import fc from "fast-check";
import { expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fromRows, matrix, type Matrix } from "../../src/linear/matrix";
import { createRng } from "../../src/numerics/random";
import { checkBlockGradients } from "../blocks/checkBlockGradients";

/** A rows×cols matrix of values in [−scale, scale] with a shift per row, so rows differ in mean. */
export const matrixArbitrary = (rows: number, cols: number, scale = 5): fc.Arbitrary<Matrix> =>
  fc
    .array(fc.double({ min: -scale, max: scale, noNaN: true }), { minLength: rows * cols, maxLength: rows * cols })
    .map((values) => matrix(rows, cols, values));

export interface TorchCase {
  readonly output: number[][];
  readonly gradInput: number[][];
  readonly gradGamma: number[];
  readonly gradBeta?: number[];
  readonly gradAlpha?: number;
}

/** A torch.nn.BatchNorm1d module trained on batches of the fixture's rows, then run in eval mode. */
export interface TorchRunningCase {
  readonly momentum: number;
  readonly steps: { rows: number[]; output: number[][]; runningMean: number[]; runningVar: number[] }[];
  readonly evalOutput: number[][];
  readonly evalRow3: number[][];
}

interface TorchFixture {
  readonly input: number[][];
  readonly gradOutput: number[][];
  readonly gamma: number[];
  readonly beta: number[];
  readonly alpha: number;
  readonly batchNorm: TorchCase;
  readonly layerNorm: TorchCase;
  readonly rmsNorm: TorchCase;
  readonly dyt: TorchCase;
  readonly batchNormRunning: TorchRunningCase;
}

/** PyTorch's values (float64), written by test/norm/fixtures/torch_norm.py. */
export function torchFixture() {
  const raw = JSON.parse(readFileSync(join(__dirname, "fixtures", "torch-norm.json"), "utf8")) as TorchFixture;
  return { ...raw, inputMatrix: fromRows(raw.input), gradOutputMatrix: fromRows(raw.gradOutput) };
}

/** Largest |a − b| over two equally long lists (nested arrays are flattened). */
export function maxGap(a: ArrayLike<number>, b: readonly number[] | readonly number[][]): number {
  const flat = (b as readonly (number | readonly number[])[]).flat() as number[];
  if (flat.length !== a.length) throw new Error(`maxGap: ${a.length} against ${flat.length} values`);
  return flat.reduce((worst, value, i) => Math.max(worst, Math.abs(a[i] - value)), 0);
}

/** Mean and population variance of each row, computed the plain way (no shared code with src/norm). */
export function rowMoments(m: Matrix): { mean: number; variance: number }[] {
  return Array.from({ length: m.rows }, (_, r) => {
    const row = Array.from(m.data.subarray(r * m.cols, (r + 1) * m.cols));
    const mean = row.reduce((a, b) => a + b, 0) / row.length;
    return { mean, variance: row.reduce((a, b) => a + (b - mean) ** 2, 0) / row.length };
  });
}

/** The transpose, written out here so column tests do not rely on the core's transpose. */
export function columnsAsRows(m: Matrix): Matrix {
  const t = matrix(m.cols, m.rows);
  for (let r = 0; r < m.rows; r++) for (let c = 0; c < m.cols; c++) t.data[c * m.rows + r] = m.data[r * m.cols + c];
  return t;
}

/** Rows whose spread is large enough that ε = 0 normalisation is well conditioned. */
export const spreadRows = (m: Matrix): boolean => rowMoments(m).every(({ variance }) => variance > 0.01);

/** γ and β (one per feature), an input with the given mean and spread, and an upstream gradient. */
export function randomNormCase(seed: number, rows: number, cols: number, inputMean = 0, inputStd = 2) {
  const rng = createRng(seed);
  return {
    params: { gamma: rng.normals(cols), beta: rng.normals(cols) },
    x: matrix(rows, cols, rng.normals(rows * cols, inputMean, inputStd)),
    gradOutput: matrix(rows, cols, rng.normals(rows * cols)),
  };
}

/** Fails unless every analytic gradient (keyed like the parameters, plus x) matches central differences. */
export function expectGradientsMatch<P extends object>(
  label: string,
  forward: (params: P, input: Matrix) => Matrix,
  params: P,
  input: Matrix,
  gradOutput: Matrix,
  analytic: P & { readonly x: Matrix },
): void {
  for (const [name, report] of Object.entries(checkBlockGradients(forward, params, input, gradOutput, analytic))) {
    expect(report.passed, `${name} (${label})`).toBe(true);
  }
}

/** Fails unless our output and every gradient we return agree with PyTorch's to 1e−12. */
export function expectMatchesTorch(
  expected: TorchCase,
  output: Matrix,
  grads: { gradInput: Matrix; gradGamma: Float64Array; gradBeta?: Float64Array; gradAlpha?: number },
): void {
  expect(maxGap(output.data, expected.output), "output").toBeLessThan(1e-12);
  expect(maxGap(grads.gradInput.data, expected.gradInput), "∂L/∂x").toBeLessThan(1e-12);
  expect(maxGap(grads.gradGamma, expected.gradGamma), "∂L/∂γ").toBeLessThan(1e-12);
  if (expected.gradBeta) expect(maxGap(grads.gradBeta!, expected.gradBeta), "∂L/∂β").toBeLessThan(1e-12);
  if (expected.gradAlpha !== undefined)
    expect(Math.abs(grads.gradAlpha! - expected.gradAlpha), "∂L/∂α").toBeLessThan(1e-12);
}
