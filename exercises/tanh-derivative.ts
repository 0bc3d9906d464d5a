// Exercise tanh-derivative (notebook 02-sigmoid-tanh). Check it with `npm run check -- tanh-derivative`.
// Implement tanh′(x), correct for every x from −1000 to 1000.
import { check } from "actlab";

export function tanhDerivative(x: number): number {
  // BEGIN SOLUTION
  const t = Math.tanh(x);
  return 1 - t * t;
  // END SOLUTION
}

check("tanh-derivative", tanhDerivative);
