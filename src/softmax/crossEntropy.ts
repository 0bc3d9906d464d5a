import { logSoftmax, softmax } from "./softmax";

export interface CrossEntropyResult {
  /** L = −Σ tᵢ log softmax(x)ᵢ */
  readonly loss: number;
  /** ∂L/∂x = (Σt)·softmax(x) − t, which is softmax(x) − t for targets that sum to 1. */
  readonly gradWrtLogits: Float64Array;
}

/**
 * Cross-entropy of softmax(logits) against a target: a class index or a probability vector.
 * Computed from logSoftmax, so a confident wrong answer costs a large finite loss, not Infinity.
 */
export function crossEntropy(logits: ArrayLike<number>, target: number | ArrayLike<number>): CrossEntropyResult {
  const n = logits.length;
  const targetProbabilities = new Float64Array(n);
  if (typeof target === "number") {
    if (!Number.isInteger(target) || target < 0 || target >= n) {
      throw new Error(`crossEntropy: class index ${target} is out of range; expected an integer in 0..${n - 1}`);
    }
    targetProbabilities[target] = 1;
  } else {
    if (target.length !== n) throw new Error(`crossEntropy: target has length ${target.length}, expected ${n}`);
    targetProbabilities.set(Array.from(target));
  }
  const logProbabilities = logSoftmax(logits);
  let loss = 0;
  let targetMass = 0;
  for (let i = 0; i < n; i++) {
    targetMass += targetProbabilities[i];
    // 0·log p is 0 by convention, even where log p = −Infinity.
    if (targetProbabilities[i] !== 0) loss -= targetProbabilities[i] * logProbabilities[i];
  }
  const probabilities = softmax(logits);
  const gradWrtLogits = probabilities.map((p, i) => targetMass * p - targetProbabilities[i]);
  return { loss, gradWrtLogits };
}
