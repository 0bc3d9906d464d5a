// Exercise gradients-residual-derivative (notebook 08-gradients-depth; derive · ★☆☆ · about 4 min).
// Check: `npm run check -- gradients-residual-derivative`. This header is generated from the bank; edit the code.
// A one-unit residual block computes h(x) = x + tanh(2x). Type dh/dx as a mathjs expression in x
// (e.g. "1 - tanh(x)^2"). It is checked on a grid of x values.
import { check } from "actlab";

function residualDerivative(): string {
  // BEGIN SOLUTION
  return "1 + 2 * (1 - tanh(2 * x)^2)"; // identity path + chain rule through tanh(2x)
  // END SOLUTION
}

check("gradients-residual-derivative", residualDerivative);
