// Exercise norm-dyt-alpha (notebook 09-normalization; derive · ★★☆ · about 10 min).
// Check: `npm run check -- norm-dyt-alpha`. This header is generated from the bank; edit the code.
// DyT computes tanh(αx) (γ = 1, β = 0) on inputs x ~ N(0, σ²) with σ = 2. A value counts as
// saturated when 1 − tanh²(αx) < 0.05. Which α makes exactly 10% of the inputs saturated? (3
// significant digits are checked.)
import { check } from "actlab";

function dytAlphaForTenPercent(): number {
  // BEGIN SOLUTION
  const threshold = Math.atanh(Math.sqrt(0.95)); // |αx| beyond this saturates
  const z95 = 1.6448536269514722; // Φ⁻¹(0.95): 5% in each tail, 10% in both
  return threshold / (2 * z95); // |x| > threshold/α must have probability 0.1 for σ = 2
  // END SOLUTION
}

check("norm-dyt-alpha", dytAlphaForTenPercent);
