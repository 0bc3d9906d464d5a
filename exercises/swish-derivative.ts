// Exercise swish-derivative (notebook 04-smooth-gates; derive · ★★☆ · about 8 min).
// Check: `npm run check -- swish-derivative`. This header is generated from the bank; edit the code.
// Implement d/dx [x·σ(βx)] as a function of x and β.
import { check, sigmoid } from "actlab";

function swishDerivative(x: number, beta: number): number {
  // BEGIN SOLUTION
  const gate = sigmoid(beta * x);
  return gate + beta * x * gate * (1 - gate); // product rule, then the chain rule brings out β
  // END SOLUTION
}

check("swish-derivative", swishDerivative);
