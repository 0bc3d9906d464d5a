/**
 * LayerNorm (Ba, Kiros & Hinton 2016), as torch.nn.LayerNorm over the last dimension: each row (one
 * sample, or one token) is standardised over its own features, y = γ ⊙ (x − μ_row)/√(σ²_row + ε) + β.
 * It does not depend on the other samples of the batch, so training and inference agree.
 */
import type { Matrix } from "../linear/matrix";
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

export interface LayerNormResult {
  readonly output: Matrix;
  /** x̂, μ and 1/√(σ² + ε) per row, and γ: what the backward pass needs. */
  readonly cache: Standardized & { readonly gamma: Float64Array };
}

export function layerNorm(input: Matrix, { gamma, beta, eps = 1e-5 }: NormOptions = {}): LayerNormResult {
  checkEpsilon("layerNorm", eps);
  const scale = featureVector("layerNorm", "gamma", gamma, input.cols, 1);
  const shift = featureVector("layerNorm", "beta", beta, input.cols, 0);
  const standardized = standardizeRows(input, eps);
  return { output: scaleShift(standardized.normalized, scale, shift), cache: { ...standardized, gamma: scale } };
}

/** ∂L/∂x, ∂L/∂γ, ∂L/∂β from ∂L/∂y, through each row's mean and variance. */
export function layerNormBackward({ output, cache }: LayerNormResult, gradOutput: Matrix): NormGradients {
  checkSameShape("layerNormBackward", output, gradOutput);
  const { gradNormalized, gradGamma, gradBeta } = scaleShiftBackward(gradOutput, cache.normalized, cache.gamma);
  return { gradInput: standardizeRowsBackward(gradNormalized, cache), gradGamma, gradBeta };
}
