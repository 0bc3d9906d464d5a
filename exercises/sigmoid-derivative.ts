// Exercise sigmoid-derivative (notebook 02-sigmoid-tanh; implement · ★☆☆ · about 5 min).
// Check: `npm run check -- sigmoid-derivative`. This header is generated from the bank; edit the code.
// Implement σ′(x) = dσ/dx, finite for every x from −1000 to 1000 (you may import sigmoid from
// actlab). Hint: write σ′ in terms of σ; a stable σ is imported from the core as sigmoid.
import { check, sigmoid } from "actlab";

function sigmoidDerivative(x: number): number {
  // BEGIN SOLUTION
  return sigmoid(x) * sigmoid(-x); // σ(1 − σ), written so that it does not round to 0 for x ≳ 37
  // END SOLUTION
}

check("sigmoid-derivative", sigmoidDerivative);
