// Exercise sigmoid-stable (notebook 02-sigmoid-tanh). Check it with `npm run check -- sigmoid-stable`.
// Implement σ(x) = 1/(1 + e^(−x)) so that it is finite and correct for every x from −1000 to 1000,
// and returns NaN for NaN.
import { check } from "actlab";

export function sigmoidStable(x: number): number {
  // BEGIN SOLUTION
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const expOfX = Math.exp(x); // x < 0, so this cannot overflow
  return expOfX / (1 + expOfX);
  // END SOLUTION
}

check("sigmoid-stable", sigmoidStable);
