// Exercise sigmoid-log-stable (notebook 02-sigmoid-tanh). Check it with `npm run check -- sigmoid-log-stable`.
// Implement log σ(x) = −log(1 + e^(−x)) so that it is finite and correct for every x from −1000 to 1000
// (log σ(−800) = −800, not −Infinity).
import { check } from "actlab";

export function logSigmoid(x: number): number {
  // BEGIN SOLUTION
  if (x >= 0) return -Math.log1p(Math.exp(-x)); // e^(−x) ≤ 1: no overflow
  return x - Math.log1p(Math.exp(x)); // log σ(x) = log(eˣ/(1 + eˣ)) = x − log(1 + eˣ), with eˣ < 1
  // END SOLUTION
}

check("sigmoid-log-stable", logSigmoid);
