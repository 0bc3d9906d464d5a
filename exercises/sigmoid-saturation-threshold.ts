// Exercise sigmoid-saturation-threshold (notebook 02-sigmoid-tanh; derive · ★★☆ · about 8 min).
// Check: `npm run check -- sigmoid-saturation-threshold`. This header is generated from the bank; edit the code.
// Call σ saturated where its slope has fallen below 1% of its peak: σ′(x) < 0.01·σ′(0). Beyond
// which |x| is that? Derive it exactly (4 significant digits are checked). Hint: σ′ = s(1 − s)
// with s = σ(x) is a quadratic in s; then invert σ.
import { check } from "actlab";

function saturationThreshold(): number {
  // BEGIN SOLUTION
  const s = (1 - Math.sqrt(1 - 0.01)) / 2; // s(1 − s) = 0.01 · ¼, the smaller root
  return Math.abs(Math.log(s / (1 - s))); // x = σ⁻¹(s) = log(s/(1 − s))
  // END SOLUTION
}

check("sigmoid-saturation-threshold", saturationThreshold);
