// Exercise sigmoid-derivative (notebook 02-sigmoid-tanh). Check it with `npm run check -- sigmoid-derivative`.
// Implement σ′(x), finite for every x from −1000 to 1000. You may use actlab's `sigmoid`.
import { check, sigmoid } from "actlab";

export function sigmoidDerivative(x: number): number {
  // BEGIN SOLUTION
  const gate = sigmoid(x);
  return gate * (1 - gate);
  // END SOLUTION
}

check("sigmoid-derivative", sigmoidDerivative);
