// Exercise softmax-vjp (notebook 05-softmax; implement · ★★☆ · about 8 min).
// Check: `npm run check -- softmax-vjp`. This header is generated from the bank; edit the code.
// Given logits x and an upstream gradient v = ∂L/∂y for y = softmax(x), return ∂L/∂x = Jᵀv with J
// = diag(y) − yyᵀ, in O(n) time and memory: never build the n×n matrix. Multiply out Jᵀv by hand
// first and see what it needs. You may import softmax from actlab.
import { check, softmax } from "actlab";

function vjpOfSoftmax(logits: number[], v: number[]): number[] {
  // BEGIN SOLUTION
  const y = Array.from(softmax(logits));
  const weightedMean = y.reduce((total, yi, i) => total + yi * v[i], 0); // y·v
  return y.map((yi, i) => yi * (v[i] - weightedMean));
  // END SOLUTION
}

check("softmax-vjp", vjpOfSoftmax);
