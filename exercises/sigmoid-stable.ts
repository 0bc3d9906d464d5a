// Exercise sigmoid-stable (notebook 02-sigmoid-tanh; implement · ★★☆ · about 8 min).
// Check: `npm run check -- sigmoid-stable`. This header is generated from the bank; edit the code.
// Implement σ(x) = 1/(1 + e^(−x)) so that it returns a finite, correct value for every x from
// −1000 to 1000 and NaN for NaN.
import { check } from "actlab";

function sigmoidStable(x: number): number {
  // BEGIN SOLUTION
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const expOfX = Math.exp(x); // x < 0, so this cannot overflow
  return expOfX / (1 + expOfX);
  // END SOLUTION
}

check("sigmoid-stable", sigmoidStable);
