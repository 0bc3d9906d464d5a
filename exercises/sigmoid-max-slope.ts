// Exercise sigmoid-max-slope (notebook 02-sigmoid-tanh; derive · ★★☆ · about 8 min).
// Check: `npm run check -- sigmoid-max-slope`. This header is generated from the bank; edit the code.
// σ′ rises to its peak at x = 0 and falls again on both sides. How steep is its steepest rise?
// Give the largest value of σ″(x) over all real x (4 significant digits are checked). Hint: write
// σ″ as a polynomial in s = σ(x) and maximise it over s ∈ (0, 1).
import { check } from "actlab";

function sigmoidMaxSlope(): number {
  // BEGIN SOLUTION
  const s = (3 - Math.sqrt(3)) / 6; // σ″ = s(1 − s)(1 − 2s) is stationary where 1 − 6s + 6s² = 0
  return s * (1 - s) * (1 - 2 * s);
  // END SOLUTION
}

check("sigmoid-max-slope", sigmoidMaxSlope);
