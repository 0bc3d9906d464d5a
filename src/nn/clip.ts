/** The L2 norm of all gradient entries taken together, √Σ‖gᵢ‖², as torch.nn.utils.clip_grad_norm_ computes it. */
export function globalNorm(grads: readonly ArrayLike<number>[]): number {
  let sumOfSquares = 0;
  for (const grad of grads) for (let i = 0; i < grad.length; i++) sumOfSquares += grad[i] * grad[i];
  return Math.sqrt(sumOfSquares);
}

/**
 * Rescales the gradients in place so their global norm is at most maxNorm, keeping their direction
 * (torch.nn.utils.clip_grad_norm_, including its 1e−6 guard). Returns the norm before clipping.
 */
export function clipGradientsByGlobalNorm(grads: readonly Float64Array[], maxNorm: number): number {
  if (!(maxNorm > 0)) throw new Error(`clipGradientsByGlobalNorm: maxNorm must be > 0, got ${maxNorm}`);
  const norm = globalNorm(grads);
  const scale = maxNorm / (norm + 1e-6);
  if (scale < 1) for (const grad of grads) for (let i = 0; i < grad.length; i++) grad[i] *= scale;
  return norm;
}
