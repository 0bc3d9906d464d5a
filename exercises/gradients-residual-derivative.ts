// Exercise gradients-residual-derivative (notebook 08-gradients-depth). Check it with `npm run check -- gradients-residual-derivative`.
// A one-unit residual block computes h(x) = x + tanh(2x). Return dh/dx as a mathjs expression in x.
import { check } from "actlab";

export function residualDerivative(): string {
  // BEGIN SOLUTION
  return "1 + 2 * (1 - tanh(2 * x)^2)"; // identity path + chain rule through tanh(2x)
  // END SOLUTION
}

check("gradients-residual-derivative", residualDerivative);
