import { softmax } from "./softmax";
import type { Matrix } from "../linear/matrix";

/**
 * The dense Jacobian J = diag(y) − y yᵀ of y = softmax(x), i.e. ∂yᵢ/∂xⱼ = yᵢ(δᵢⱼ − yⱼ).
 * O(n²) time and memory: for teaching and checking; use softmaxVjp in a backward pass.
 */
export function softmaxJacobian(logits: ArrayLike<number>): Matrix {
  const y = softmax(logits);
  const n = y.length;
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) data[i * n + j] = (i === j ? y[i] : 0) - y[i] * y[j];
  }
  return { rows: n, cols: n, data };
}

/**
 * The vector-Jacobian product Jᵀv = y ⊙ (v − (y·v)) in O(n), without forming J.
 * J is symmetric, so this is also Jv. `v` is the upstream gradient ∂L/∂y; the result is ∂L/∂x.
 */
export function softmaxVjp(logits: ArrayLike<number>, gradWrtOutput: ArrayLike<number>): Float64Array {
  if (gradWrtOutput.length !== logits.length) {
    throw new Error(
      `softmaxVjp: gradient has length ${gradWrtOutput.length}, expected ${logits.length} (the logits' length)`,
    );
  }
  const y = softmax(logits);
  let weightedMean = 0;
  for (let i = 0; i < y.length; i++) weightedMean += y[i] * gradWrtOutput[i];
  const gradWrtInput = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) gradWrtInput[i] = y[i] * (gradWrtOutput[i] - weightedMean);
  return gradWrtInput;
}
