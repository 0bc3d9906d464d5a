// Exercise sigmoid-log-stable (notebook 02-sigmoid-tanh; implement · ★★☆ · about 8 min).
// Check: `npm run check -- sigmoid-log-stable`. This header is generated from the bank; edit the code.
// Implement log σ(x) = −log(1 + e^(−x)) so that it is finite and correct for every x from −1000 to
// 1000 (log σ(−800) = −800, not −Infinity).
import { check } from "actlab";

function logSigmoidStable(x: number): number {
  // BEGIN SOLUTION
  if (x >= 0) return -Math.log1p(Math.exp(-x)); // e^(−x) ≤ 1: no overflow
  return x - Math.log1p(Math.exp(x)); // log σ(x) = log(eˣ/(1 + eˣ)) = x − log(1 + eˣ), with eˣ < 1
  // END SOLUTION
}

check("sigmoid-log-stable", logSigmoidStable);
