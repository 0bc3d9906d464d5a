/**
 * Overflow-free building blocks of the logistic family. Each one branches on the sign of its
 * argument so that Math.exp only ever sees a non-positive number and cannot overflow.
 */

/** σ(x) = 1/(1 + e^(−x)). For x < 0 the form e^x/(1 + e^x) avoids e^(−x) = Infinity at x = −800. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const expX = Math.exp(x);
  return expX / (1 + expX);
}

/**
 * log(1 + e^x), the softplus, without overflow: for x > 0 it is x + log1p(e^(−x)),
 * for x ≤ 0 log1p(e^x) keeps full precision where e^x is tiny.
 */
export function log1pExp(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** log σ(x) = −log(1 + e^(−x)): finite (≈ x) at x = −1000, where log(sigmoid(x)) is −Infinity. */
export function logSigmoid(x: number): number {
  return -log1pExp(-x);
}
