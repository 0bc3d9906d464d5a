// Exercise sigmoid-vanishing-depth (notebook 02-sigmoid-tanh). Check it with `npm run check -- sigmoid-vanishing-depth`.
// Backpropagation through L sigmoid layers multiplies L factors σ′(z) ≤ 1/4, so the gradient is scaled by at
// most (1/4)^L (ignoring the weights). Return the smallest whole depth L for which this bound is below 10⁻⁶.
import { check } from "actlab";

export function vanishingDepth(): number {
  // BEGIN SOLUTION
  return Math.ceil((6 * Math.log(10)) / Math.log(4)); // (1/4)^L < 10⁻⁶ ⇔ L > 6·ln 10/ln 4 ≈ 9.97
  // END SOLUTION
}

check("sigmoid-vanishing-depth", vanishingDepth);
