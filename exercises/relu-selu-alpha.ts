// Exercise relu-selu-alpha (notebook 03-relu-family; derive · ★★★ · about 20 min).
// Check: `npm run check -- relu-selu-alpha`. This header is generated from the bank; edit the code.
// SELU(z) = λ·z for z > 0 and λ·α(eᶻ − 1) for z ≤ 0 (Klambauer et al. 2017). Self-normalisation
// asks that z ~ N(0, 1) gives outputs of mean 0. Derive the α this requires (λ cancels), to 4
// significant digits. normalCdf is imported; activation and gaussianExpectation are off limits.
// Hint: E[z·1{z > 0}] = φ(0), and complete the square in ∫eᶻφ(z)dz.
import { check, normalCdf } from "actlab";

function seluAlpha(): number {
  // BEGIN SOLUTION
  const positive = 1 / Math.sqrt(2 * Math.PI); // E[z·1{z > 0}] = φ(0)
  // E[(eᶻ − 1)·1{z ≤ 0}], square completed
  const negative = Math.sqrt(Math.E) * normalCdf(-1) - 0.5;
  return positive / -negative; // mean 0: positive + α·negative = 0
  // END SOLUTION
}

check("relu-selu-alpha", seluAlpha);
