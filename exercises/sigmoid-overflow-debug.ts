// Exercise sigmoid-overflow-debug (notebook 02-sigmoid-tanh; debug · ★★☆ · about 6 min).
// Check: `npm run check -- sigmoid-overflow-debug`. This header is generated from the bank; edit the code.
// A colleague's sigmoid passes every test they tried, yet it returns NaN for x = 800:
// ts const sigmoidBroken = (x: number) => Math.exp(x) / (1 + Math.exp(x));
// Find why (what are the numerator and denominator at x = 800?) and return a fixed version:
// correct for every x from −1000 to 1000, NaN for NaN, without the core's sigmoid.
import { check } from "actlab";

function sigmoidFixed(x: number): number {
  // BEGIN SOLUTION
  if (x >= 0) return 1 / (1 + Math.exp(-x)); // e^(−x) ≤ 1 here: nothing overflows
  const e = Math.exp(x); // x < 0: e < 1
  return e / (1 + e);
  // END SOLUTION
}

check("sigmoid-overflow-debug", sigmoidFixed);
