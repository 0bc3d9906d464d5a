/**
 * RMSNorm (Zhang & Sennrich 2019), as in LLaMA and torch.nn.RMSNorm: each row is divided by its root
 * mean square, y = γ ⊙ x / √(mean(x²) + ε). No mean is subtracted and there is no β: it keeps
 * LayerNorm's rescaling invariance and drops its re-centring.
 *
 * Backward, with r = √(mean(x²) + ε), x̂ = x/r and g = ∂L/∂x̂ = ∂L/∂y ⊙ γ, over a row of n values:
 *   ∂L/∂x = (g − x̂ · mean(g ⊙ x̂)) / r
 * (LayerNorm's formula without the mean(g) term, as there is no mean to pass through).
 */
import { matrix, type Matrix } from "../linear/matrix";
import { checkEpsilon, checkSameShape, featureVector } from "./standardize";

export interface RmsNormOptions {
  /** One per feature (column); default all 1. */
  readonly gamma?: ArrayLike<number>;
  /** Default 1e-6, as in LLaMA (torch.nn.RMSNorm's default is the dtype's machine epsilon). */
  readonly eps?: number;
}

export interface RmsNormResult {
  readonly output: Matrix;
  readonly cache: {
    /** x̂ = x/r. */
    readonly normalized: Matrix;
    /** 1/r per row. */
    readonly inverseRms: Float64Array;
    readonly gamma: Float64Array;
  };
}

export function rmsNorm(input: Matrix, { gamma, eps = 1e-6 }: RmsNormOptions = {}): RmsNormResult {
  checkEpsilon("rmsNorm", eps);
  const { rows, cols, data } = input;
  const scale = featureVector("rmsNorm", "gamma", gamma, cols, 1);
  const normalized = matrix(rows, cols);
  const output = matrix(rows, cols);
  const inverseRms = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let squares = 0;
    for (let c = 0; c < cols; c++) squares += data[r * cols + c] ** 2;
    inverseRms[r] = 1 / Math.sqrt(squares / cols + eps);
    for (let c = 0; c < cols; c++) {
      normalized.data[r * cols + c] = data[r * cols + c] * inverseRms[r];
      output.data[r * cols + c] = scale[c] * normalized.data[r * cols + c];
    }
  }
  return { output, cache: { normalized, inverseRms, gamma: scale } };
}

/** ∂L/∂x and ∂L/∂γ from ∂L/∂y, through each row's mean square. */
export function rmsNormBackward(
  { output, cache }: RmsNormResult,
  gradOutput: Matrix,
): { readonly gradInput: Matrix; readonly gradGamma: Float64Array } {
  checkSameShape("rmsNormBackward", output, gradOutput);
  const { rows, cols } = gradOutput;
  const xHat = cache.normalized.data;
  const gradInput = matrix(rows, cols);
  const gradGamma = new Float64Array(cols);
  for (let r = 0; r < rows; r++) {
    let meanGxHat = 0;
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      meanGxHat += gradOutput.data[i] * cache.gamma[c] * xHat[i];
      gradGamma[c] += gradOutput.data[i] * xHat[i];
    }
    meanGxHat /= cols;
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      gradInput.data[i] = (gradOutput.data[i] * cache.gamma[c] - xHat[i] * meanGxHat) * cache.inverseRms[r];
    }
  }
  return { gradInput, gradGamma };
}
