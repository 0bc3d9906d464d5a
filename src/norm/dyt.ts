/**
 * Dynamic Tanh (Zhu, Chen, He, LeCun & Liu, "Transformers without Normalization", CVPR 2025):
 * DyT(x) = γ ⊙ tanh(αx) + β, a drop-in replacement for LayerNorm. α is one learned scalar (the paper
 * initialises it at 0.5 outside LLMs), γ and β are per feature as in LayerNorm. Element-wise: no
 * statistics over the row or the batch, so the backward pass has no path through a mean.
 *
 * With t = tanh(αx) and G = ∂L/∂y:  ∂L/∂x = G ⊙ γ ⊙ α(1 − t²),  ∂L/∂α = Σ G ⊙ γ ⊙ x(1 − t²),
 * ∂L/∂γ = Σ_rows G ⊙ t,  ∂L/∂β = Σ_rows G.
 */
import { matrix, type Matrix } from "../linear/matrix";
import { checkSameShape, featureVector } from "./standardize";

/** The paper's default initial α; for LLMs it tunes α per model width. */
export const DYT_DEFAULT_ALPHA = 0.5;

export interface DytOptions {
  readonly alpha?: number;
  readonly gamma?: ArrayLike<number>;
  readonly beta?: ArrayLike<number>;
}

export interface DytResult {
  readonly output: Matrix;
  readonly cache: {
    readonly input: Matrix;
    /** tanh(αx). */
    readonly squashed: Matrix;
    readonly alpha: number;
    readonly gamma: Float64Array;
  };
}

export interface DytGradients {
  readonly gradInput: Matrix;
  readonly gradAlpha: number;
  readonly gradGamma: Float64Array;
  readonly gradBeta: Float64Array;
}

export function dyt(input: Matrix, { alpha = DYT_DEFAULT_ALPHA, gamma, beta }: DytOptions = {}): DytResult {
  if (!Number.isFinite(alpha)) throw new Error(`dyt: alpha must be a finite number, got ${alpha}`);
  const { rows, cols } = input;
  const scale = featureVector("dyt", "gamma", gamma, cols, 1);
  const shift = featureVector("dyt", "beta", beta, cols, 0);
  const squashed = matrix(rows, cols);
  const output = matrix(rows, cols);
  for (let i = 0; i < rows * cols; i++) {
    squashed.data[i] = Math.tanh(alpha * input.data[i]);
    output.data[i] = scale[i % cols] * squashed.data[i] + shift[i % cols];
  }
  return { output, cache: { input, squashed, alpha, gamma: scale } };
}

export function dytBackward({ output, cache }: DytResult, gradOutput: Matrix): DytGradients {
  checkSameShape("dytBackward", output, gradOutput);
  const { rows, cols } = gradOutput;
  const { input, squashed, alpha, gamma } = cache;
  const gradInput = matrix(rows, cols);
  const gradGamma = new Float64Array(cols);
  const gradBeta = new Float64Array(cols);
  let gradAlpha = 0;
  for (let i = 0; i < rows * cols; i++) {
    const c = i % cols;
    const g = gradOutput.data[i];
    const gradSquashedInput = g * gamma[c] * (1 - squashed.data[i] ** 2); // ∂L/∂(αx)
    gradInput.data[i] = gradSquashedInput * alpha;
    gradAlpha += gradSquashedInput * input.data[i];
    gradGamma[c] += g * squashed.data[i];
    gradBeta[c] += g;
  }
  return { gradInput, gradAlpha, gradGamma, gradBeta };
}
