// Exercise softmax-jacobian (notebook 05-softmax; derive · ★★☆ · about 8 min).
// Check: `npm run check -- softmax-jacobian`. This header is generated from the bank; edit the code.
// Derive ∂yᵢ/∂xⱼ for y = softmax(x) with the quotient rule (write S = Σₖ e^(xₖ), so yᵢ =
// e^(xᵢ)/S), then return the n×n matrix J with Jᵢⱼ = ∂yᵢ/∂xⱼ, as number[][] (rows) or an actlab
// Matrix, finite for logits as large as 1000. Express the entries through y. You may import
// softmax from actlab. Hint: treat i = j and i ≠ j apart.
import { check, softmax } from "actlab";

function jacobianOfSoftmax(logits: number[]): number[][] {
  // BEGIN SOLUTION
  const y = Array.from(softmax(logits));
  return y.map((yi, i) => y.map((yj, j) => (i === j ? yi * (1 - yi) : -yi * yj)));
  // END SOLUTION
}

check("softmax-jacobian", jacobianOfSoftmax);
