// Exercise init-relu-second-moment (notebook 07-init-variance; derive · ★★★ · about 20 min).
// Check: `npm run check -- init-relu-second-moment`. This header is generated from the bank; edit the code.
// He initialisation rests on E[ReLU(z)²] = σ²/2 for z ~ N(0, σ²). A bias shifts z: derive
// E[ReLU(z)²] for z ~ N(μ, σ²) as a function of μ and σ > 0, and implement it. normalCdf and
// normalPdf (Φ and φ) are imported; gaussianExpectation is off limits. Hint: write z = μ + σt with
// t ~ N(0, 1), and use ∫t·φ(t)dt = −φ(t) and ∫t²φ(t)dt = Φ(t) − tφ(t).
import { check, normalCdf, normalPdf } from "actlab";

function reluSecondMoment(mu: number, sigma: number): number {
  // BEGIN SOLUTION
  const t = mu / sigma; // z = μ + σs is positive for s > −t, which has probability Φ(t)
  return (mu * mu + sigma * sigma) * normalCdf(t) + mu * sigma * normalPdf(t);
  // END SOLUTION
}

check("init-relu-second-moment", reluSecondMoment);
