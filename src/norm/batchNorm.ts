/**
 * BatchNorm (Ioffe & Szegedy 2015) in training mode, as torch.nn.BatchNorm1d on a batch×features
 * matrix: each feature (column) is standardised over the batch, y = γ ⊙ (x − μ_col)/√(σ²_col + ε) + β,
 * with the batch's own mean and population variance (÷n). At inference PyTorch uses running averages
 * instead: batchNormTrain and batchNormEval in ./batchNormRunning.ts. Because every output depends on the whole batch, the
 * backward pass runs through the column's mean and variance: the same formula as LayerNorm's, on the
 * transpose.
 */
import { transpose, type Matrix } from "../linear/matrix";
import {
  checkEpsilon,
  checkSameShape,
  featureVector,
  scaleShift,
  scaleShiftBackward,
  standardizeRows,
  standardizeRowsBackward,
  type Standardized,
} from "./standardize";
import type { NormGradients, NormOptions } from "./types";

export interface BatchNormResult {
  readonly output: Matrix;
  /** x̂ (batch × features), and per feature μ, 1/√(σ² + ε) and γ. */
  readonly cache: {
    readonly normalized: Matrix;
    readonly mean: Float64Array;
    readonly inverseStd: Float64Array;
    readonly gamma: Float64Array;
  };
}

export function batchNorm(input: Matrix, { gamma, beta, eps = 1e-5 }: NormOptions = {}): BatchNormResult {
  checkEpsilon("batchNorm", eps);
  // PyTorch refuses too: one sample has variance 0, so every output would be β.
  if (input.rows < 2) throw new Error(`batchNorm: needs a batch of at least 2 rows (samples), got ${input.rows}`);
  const scale = featureVector("batchNorm", "gamma", gamma, input.cols, 1);
  const shift = featureVector("batchNorm", "beta", beta, input.cols, 0);
  const byFeature = standardizeRows(transpose(input), eps);
  const normalized = transpose(byFeature.normalized);
  return {
    output: scaleShift(normalized, scale, shift),
    cache: { normalized, mean: byFeature.mean, inverseStd: byFeature.inverseStd, gamma: scale },
  };
}

/** ∂L/∂x, ∂L/∂γ, ∂L/∂β from ∂L/∂y, through each feature's batch mean and variance. */
export function batchNormBackward({ output, cache }: BatchNormResult, gradOutput: Matrix): NormGradients {
  checkSameShape("batchNormBackward", output, gradOutput);
  const { gradNormalized, gradGamma, gradBeta } = scaleShiftBackward(gradOutput, cache.normalized, cache.gamma);
  const byFeature: Standardized = {
    normalized: transpose(cache.normalized),
    mean: cache.mean,
    inverseStd: cache.inverseStd,
  };
  return { gradInput: transpose(standardizeRowsBackward(transpose(gradNormalized), byFeature)), gradGamma, gradBeta };
}
