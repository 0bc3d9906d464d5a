// Exercise softmax-vjp (notebook 05-softmax; implement · ★☆☆ · about 5 min).
// Check: `npm run check -- softmax-vjp`. This header is generated from the bank; edit the code.
// Given logits x and an upstream gradient v = ∂L/∂y for y = softmax(x), return ∂L/∂x = Jᵀv in
// O(n), without building the n×n Jacobian. You may import softmax from actlab. Hint: compute y
// (stably) and the single number y·v first.
import { check, softmax } from "actlab";

function vjpOfSoftmax(logits: number[], v: number[]): number[] {
  // BEGIN SOLUTION
  const y = Array.from(softmax(logits));
  const weightedMean = y.reduce((total, yi, i) => total + yi * v[i], 0); // y·v
  return y.map((yi, i) => yi * (v[i] - weightedMean));
  // END SOLUTION
}

check("softmax-vjp", vjpOfSoftmax);
