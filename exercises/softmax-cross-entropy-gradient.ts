// Exercise softmax-cross-entropy-gradient (notebook 05-softmax). Check it with
// `npm run check -- softmax-cross-entropy-gradient`.
// L = −log softmax(x)ₜ for the correct class t. Return ∂L/∂x, a vector as long as x. You may use actlab's `softmax`.
import { check, softmax } from "actlab";

export function crossEntropyGradient(logits: number[], targetClass: number): number[] {
  // BEGIN SOLUTION
  return Array.from(softmax(logits), (y, i) => y - (i === targetClass ? 1 : 0)); // y − t
  // END SOLUTION
}

check("softmax-cross-entropy-gradient", crossEntropyGradient);
