// Exercise swish-derivative (notebook 04-smooth-gates). Check it with `npm run check -- swish-derivative`.
// Implement d/dx [x·σ(βx)] as a function of x and β. You may use actlab's `sigmoid`.
import { check, sigmoid } from "actlab";

export function swishDerivative(x: number, beta: number): number {
  // BEGIN SOLUTION
  const gate = sigmoid(beta * x);
  return gate + beta * x * gate * (1 - gate); // product rule, then the chain rule brings out β
  // END SOLUTION
}

check("swish-derivative", swishDerivative);
