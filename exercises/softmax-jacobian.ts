// Exercise softmax-jacobian (notebook 05-softmax; implement · ★★☆ · about 8 min).
// Check: `npm run check -- softmax-jacobian`. This header is generated from the bank; edit the code.
// Return the n×n matrix J with Jᵢⱼ = ∂yᵢ/∂xⱼ for y = softmax(x), as number[][] (rows) or an actlab
// Matrix. You may import softmax from actlab. Hint: compute y once with a stable softmax (you may
// import softmax), then fill each entry from ∂yᵢ/∂xⱼ, treating i = j and i ≠ j apart.
import { check, softmax } from "actlab";

function jacobianOfSoftmax(logits: number[]): number[][] {
  // BEGIN SOLUTION
  const y = Array.from(softmax(logits));
  return y.map((yi, i) => y.map((yj, j) => (i === j ? yi * (1 - yi) : -yi * yj)));
  // END SOLUTION
}

check("softmax-jacobian", jacobianOfSoftmax);
