// Exercise init-dropout-variance (notebook 07-init-variance; derive · ★★☆ · about 8 min).
// Check: `npm run check -- init-dropout-variance`. This header is generated from the bank; edit the code.
// Inverted dropout with drop probability p maps an activation x to y = m·x/(1 − p), where m ~
// Bernoulli(1 − p) is drawn independently of x (1: kept, 0: dropped). The scaling keeps the mean,
// E[y] = E[x]. If x has mean μ and variance s², what is Var(y)? Return it as a function of p, μ
// and s² (0 ≤ p < 1). dropout is off limits.
import { check } from "actlab";

function dropoutVariance(p: number, mean: number, variance: number): number {
  // BEGIN SOLUTION
  // m² = m, so E[y²] = E[m]·E[x²]/(1 − p)² = E[x²]/(1 − p), with E[x²] = s² + μ²
  const secondMoment = (variance + mean * mean) / (1 - p);
  return secondMoment - mean * mean; // E[y] = μ
  // END SOLUTION
}

check("init-dropout-variance", dropoutVariance);
