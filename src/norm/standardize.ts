/**
 * What BatchNorm and LayerNorm share: standardising along one axis, x̂ = (x − μ)/√(σ² + ε), then a
 * learned per-feature scale and shift, y = γ ⊙ x̂ + β. Written for rows (one group per row);
 * BatchNorm applies it to the transpose.
 *
 * Backward through the mean and the variance of a group of n values (σ̃ = √(σ² + ε), g = ∂L/∂x̂):
 *   ∂L/∂x = (g − mean(g) − x̂ · mean(g ⊙ x̂)) / σ̃
 * The mean(g) term is the path through μ, the x̂·mean(g ⊙ x̂) term the path through σ².
 */
import { matrix, type Matrix } from "../linear/matrix";

export interface Standardized {
  /** x̂, the same shape as the input. */
  readonly normalized: Matrix;
  /** One per row: μ and 1/√(σ² + ε) (σ² the population variance, ÷n, as PyTorch normalises). */
  readonly mean: Float64Array;
  readonly inverseStd: Float64Array;
}

export function checkEpsilon(where: string, eps: number): void {
  if (!(eps >= 0) || !Number.isFinite(eps)) throw new Error(`${where}: eps must be a finite number ≥ 0, got ${eps}`);
}

/** x̂ = (x − μ)/√(σ² + ε) row by row. */
export function standardizeRows(input: Matrix, eps: number): Standardized {
  const { rows, cols, data } = input;
  const normalized = matrix(rows, cols);
  const means = new Float64Array(rows);
  const inverseStds = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const offset = r * cols;
    let sum = 0;
    for (let c = 0; c < cols; c++) sum += data[offset + c];
    const mu = sum / cols;
    let squares = 0;
    for (let c = 0; c < cols; c++) squares += (data[offset + c] - mu) ** 2;
    const inverseStd = 1 / Math.sqrt(squares / cols + eps);
    for (let c = 0; c < cols; c++) normalized.data[offset + c] = (data[offset + c] - mu) * inverseStd;
    means[r] = mu;
    inverseStds[r] = inverseStd;
  }
  return { normalized, mean: means, inverseStd: inverseStds };
}

/** ∂L/∂x from g = ∂L/∂x̂, row by row (the formula in the file comment). */
export function standardizeRowsBackward(gradNormalized: Matrix, standardized: Standardized): Matrix {
  const { rows, cols } = gradNormalized;
  const xHat = standardized.normalized.data;
  const g = gradNormalized.data;
  const gradInput = matrix(rows, cols);
  for (let r = 0; r < rows; r++) {
    const offset = r * cols;
    let meanG = 0;
    let meanGxHat = 0;
    for (let c = 0; c < cols; c++) {
      meanG += g[offset + c];
      meanGxHat += g[offset + c] * xHat[offset + c];
    }
    meanG /= cols;
    meanGxHat /= cols;
    const inverseStd = standardized.inverseStd[r];
    for (let c = 0; c < cols; c++) {
      gradInput.data[offset + c] = (g[offset + c] - meanG - xHat[offset + c] * meanGxHat) * inverseStd;
    }
  }
  return gradInput;
}

/** A per-feature vector (γ or β) of length `cols`, filled with `fill` when not given. */
export function featureVector(
  where: string,
  name: string,
  given: ArrayLike<number> | undefined,
  cols: number,
  fill: number,
): Float64Array {
  // The return type is written out: inferred, it would be Float64Array<ArrayBuffer>, which tslab's
  // TypeScript 5.0 cannot read in the emitted .d.ts.
  if (given === undefined) return new Float64Array(cols).fill(fill);
  if (given.length !== cols)
    throw new Error(`${where}: ${name} has ${given.length} entries but the input has ${cols} features (columns)`);
  return Float64Array.from(given);
}

/** y = γ ⊙ x̂ + β, with γ and β indexed by column. */
export function scaleShift(normalized: Matrix, gamma: Float64Array, beta: Float64Array): Matrix {
  const { rows, cols } = normalized;
  const output = matrix(rows, cols);
  for (let i = 0; i < rows * cols; i++) output.data[i] = gamma[i % cols] * normalized.data[i] + beta[i % cols];
  return output;
}

export interface ScaleShiftGradients {
  readonly gradNormalized: Matrix;
  readonly gradGamma: Float64Array;
  readonly gradBeta: Float64Array;
}

/** ∂L/∂x̂ = ∂L/∂y ⊙ γ, ∂L/∂γ = Σ_rows ∂L/∂y ⊙ x̂, ∂L/∂β = Σ_rows ∂L/∂y. */
export function scaleShiftBackward(gradOutput: Matrix, normalized: Matrix, gamma: Float64Array): ScaleShiftGradients {
  const { rows, cols } = gradOutput;
  const gradNormalized = matrix(rows, cols);
  const gradGamma = new Float64Array(cols);
  const gradBeta = new Float64Array(cols);
  for (let i = 0; i < rows * cols; i++) {
    const c = i % cols;
    gradNormalized.data[i] = gradOutput.data[i] * gamma[c];
    gradGamma[c] += gradOutput.data[i] * normalized.data[i];
    gradBeta[c] += gradOutput.data[i];
  }
  return { gradNormalized, gradGamma, gradBeta };
}

export function checkSameShape(where: string, expected: Matrix, given: Matrix): void {
  if (expected.rows !== given.rows || expected.cols !== given.cols)
    throw new Error(
      `${where}: gradOutput is ${given.rows}×${given.cols} but the forward output was ${expected.rows}×${expected.cols}`,
    );
}
