// Exercise sigmoid-vanishing-depth (notebook 02-sigmoid-tanh; derive · ★☆☆ · about 5 min).
// Check: `npm run check -- sigmoid-vanishing-depth`. This header is generated from the bank; edit the code.
// Backpropagation through L sigmoid layers multiplies, per layer, a factor σ′(z) ≤ ¼ and the
// layer's weight. Take one unit per layer and the same weight w = 2 in every layer, so the
// gradient is scaled by at most (2·¼)^L. What is the smallest whole depth L for which this bound
// is below 10⁻⁶? Hint: solve (2·¼)^L < 10⁻⁶ with logarithms, and remember that depth is a whole
// number.
import { check } from "actlab";

function vanishingDepth(): number {
  // BEGIN SOLUTION
  return Math.ceil((6 * Math.log(10)) / Math.log(2)); // (2·¼)^L < 10⁻⁶ ⇔ L > 6·ln 10/ln 2 ≈ 19.93
  // END SOLUTION
}

check("sigmoid-vanishing-depth", vanishingDepth);
