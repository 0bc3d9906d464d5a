// Exercise sigmoid-max-slope (notebook 02-sigmoid-tanh). Check it with `npm run check -- sigmoid-max-slope`.
// What is the largest value σ′(x) takes over all real x? Return the number (4 significant digits are checked).
import { check } from "actlab";

export function sigmoidMaxSlope(): number {
  // BEGIN SOLUTION
  return 0.5 * (1 - 0.5); // σ′ = σ(1 − σ) peaks where σ = ½, at x = 0
  // END SOLUTION
}

check("sigmoid-max-slope", sigmoidMaxSlope);
