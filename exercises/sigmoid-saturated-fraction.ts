// Exercise sigmoid-saturated-fraction (notebook 02-sigmoid-tanh; derive · ★★★ · about 12 min).
// Check: `npm run check -- sigmoid-saturated-fraction`. This header is generated from the bank; edit the code.
// A layer's pre-activations are z ~ N(0, 9) (standard deviation 3), for instance after a too-large
// initialisation. On what fraction of these inputs is a sigmoid unit saturated, with σ′(z) below
// 1% of its peak σ′(0)? (3 significant digits are checked; normalCdf is imported.) Hint: first
// find where σ′ falls below 1% of its peak.
import { check, normalCdf } from "actlab";

function saturatedFraction(): number {
  // BEGIN SOLUTION
  const s = (1 - Math.sqrt(1 - 0.01)) / 2; // σ′ = s(1 − s) = 1% of ¼ at this s
  const limit = Math.log((1 - s) / s); // |z| beyond which σ′ < 1% of its peak (≈ 5.989)
  return 2 * normalCdf(-limit / 3); // both tails of N(0, 3²)
  // END SOLUTION
}

check("sigmoid-saturated-fraction", saturatedFraction);
