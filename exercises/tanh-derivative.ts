// Exercise tanh-derivative (notebook 00-tour; implement · ★☆☆ · about 3 min).
// Check: `npm run check -- tanh-derivative`. This header is generated from the bank; edit the code.
// Implement tanh′(x), correct for every x from −1000 to 1000.
import { check } from "actlab";

function tanhDerivative(x: number): number {
  // BEGIN SOLUTION
  const t = Math.tanh(x);
  return 1 - t * t;
  // END SOLUTION
}

check("tanh-derivative", tanhDerivative);
