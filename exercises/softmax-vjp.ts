// Exercise softmax-vjp (notebook 05-softmax). Check it with `npm run check -- softmax-vjp`.
// Given logits x and an upstream gradient v = ∂L/∂y for y = softmax(x), return ∂L/∂x = Jᵀv in O(n),
// without building the n×n Jacobian. You may use actlab's `softmax`.
import { check, softmax } from "actlab";

export function softmaxVjp(logits: number[], v: number[]): number[] {
  // BEGIN SOLUTION
  const y = Array.from(softmax(logits));
  const weightedMean = y.reduce((total, yi, i) => total + yi * v[i], 0); // y·v
  return y.map((yi, i) => yi * (v[i] - weightedMean));
  // END SOLUTION
}

check("softmax-vjp", softmaxVjp);
