// Exercise norm-dyt-alpha (notebook 09-normalization). Check it with `npm run check -- norm-dyt-alpha`.
// DyT computes tanh(αx) (γ = 1, β = 0) on inputs x ~ N(0, σ²) with σ = 2. A value counts as saturated
// when 1 − tanh²(αx) < 0.05. Which α makes exactly 10% of the inputs saturated? (3 significant digits.)
import { check } from "actlab";

export function dytAlphaForTenPercent(): number {
  // BEGIN SOLUTION
  const threshold = Math.atanh(Math.sqrt(0.95)); // |αx| beyond this saturates
  const z95 = 1.6448536269514722; // Φ⁻¹(0.95): 5% in each tail, 10% in both
  return threshold / (2 * z95); // |x| > threshold/α must have probability 0.1 for σ = 2
  // END SOLUTION
}

check("norm-dyt-alpha", dytAlphaForTenPercent);
