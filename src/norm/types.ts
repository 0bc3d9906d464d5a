import type { Matrix } from "../linear/matrix";

/** Options of the normalisations with a learned per-feature scale γ and shift β. */
export interface NormOptions {
  /** One per feature (column); default all 1. */
  readonly gamma?: ArrayLike<number>;
  /** One per feature (column); default all 0. */
  readonly beta?: ArrayLike<number>;
  /** Added to the variance (or mean square) before the square root; default 1e-5, PyTorch's. */
  readonly eps?: number;
}

/** What a backward pass returns: ∂L/∂x and the gradients of the learned parameters. */
export interface NormGradients {
  readonly gradInput: Matrix;
  readonly gradGamma: Float64Array;
  readonly gradBeta: Float64Array;
}
