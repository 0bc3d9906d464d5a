/**
 * Softmax over the positions a mask keeps, as attention needs for padding and causal masks. A
 * masked position gets probability exactly 0 and passes no gradient, and a row that masks every
 * position returns all zeros. The usual alternatives fail there: filling masked logits with −∞
 * makes a fully masked row NaN (−∞ − (−∞)), and filling with −1e9 makes it uniform, so a padding
 * query attends to padding and sends gradient to it.
 */
import { softmax } from "./softmax";

function checkMask(logits: ArrayLike<number>, keep: ArrayLike<boolean>, what: string): void {
  if (keep.length !== logits.length) {
    throw new Error(`${what}: mask has length ${keep.length}, expected ${logits.length} (one entry per logit)`);
  }
}

/** softmax over the logits where keep[i] is true; 0 where it is false; all zeros when nothing is kept. */
export function maskedSoftmax(logits: ArrayLike<number>, keep: ArrayLike<boolean>): Float64Array {
  checkMask(logits, keep, "maskedSoftmax");
  const kept: number[] = [];
  for (let i = 0; i < logits.length; i++) if (keep[i]) kept.push(i);
  const probabilities = new Float64Array(logits.length);
  if (kept.length === 0) return probabilities;
  const keptProbabilities = softmax(kept.map((i) => logits[i]));
  kept.forEach((i, k) => (probabilities[i] = keptProbabilities[k]));
  return probabilities;
}

/**
 * ∂L/∂x for y = maskedSoftmax(x, keep) and upstream ∂L/∂y: y ⊙ (v − y·v), the softmax VJP, which is
 * 0 wherever y is 0, so masked positions and fully masked rows get exactly no gradient.
 */
export function maskedSoftmaxVjp(
  logits: ArrayLike<number>,
  keep: ArrayLike<boolean>,
  gradWrtOutput: ArrayLike<number>,
): Float64Array {
  checkMask(logits, keep, "maskedSoftmaxVjp");
  if (gradWrtOutput.length !== logits.length) {
    throw new Error(
      `maskedSoftmaxVjp: gradient has length ${gradWrtOutput.length}, expected ${logits.length} (the logits' length)`,
    );
  }
  const y = maskedSoftmax(logits, keep);
  let weightedMean = 0;
  for (let i = 0; i < y.length; i++) if (keep[i]) weightedMean += y[i] * gradWrtOutput[i];
  return y.map((yi, i) => (keep[i] ? yi * (gradWrtOutput[i] - weightedMean) : 0));
}
