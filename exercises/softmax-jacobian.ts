// Exercise softmax-jacobian (notebook 05-softmax). Check it with `npm run check -- softmax-jacobian`.
// Return the n×n matrix J with Jᵢⱼ = ∂yᵢ/∂xⱼ for y = softmax(x), as rows. You may use actlab's `softmax`.
import { check, softmax } from "actlab";

export function softmaxJacobian(logits: number[]): number[][] {
  // BEGIN SOLUTION
  const y = Array.from(softmax(logits));
  return y.map((yi, i) => y.map((yj, j) => (i === j ? yi * (1 - yi) : -yi * yj)));
  // END SOLUTION
}

check("softmax-jacobian", softmaxJacobian);
