// Exercise softplus-inverse (notebook 04-smooth-gates; implement · ★★☆ · about 8 min).
// Check: `npm run check -- softplus-inverse`. This header is generated from the bank; edit the code.
// softplus(x) = log(1 + eˣ) maps ℝ onto (0, ∞), so it has an inverse: libraries use it to turn a
// positive parameter (a scale, a temperature) into an unconstrained one. Derive softplus⁻¹(y) for
// y > 0 and implement it, correct to double precision for y from 10⁻⁸ to 1000. Hint: Math.expm1
// and Math.log1p exist for a reason.
import { check } from "actlab";

function softplusInverse(y: number): number {
  // BEGIN SOLUTION
  return y + Math.log(-Math.expm1(-y)); // eˣ = eʸ − 1 = eʸ(1 − e^(−y)), so x = y + log(1 − e^(−y))
  // END SOLUTION
}

check("softplus-inverse", softplusInverse);
