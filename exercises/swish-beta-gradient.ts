// Exercise swish-beta-gradient (notebook 04-smooth-gates; derive · ★★☆ · about 8 min).
// Check: `npm run check -- swish-beta-gradient`. This header is generated from the bank; edit the code.
// To learn β by gradient descent, a layer needs ∂f/∂β of f(x; β) = x·σ(βx), with x held fixed.
// Derive it and implement it as a function of x and β. Hint: σ′(u) = σ(u)(1 − σ(u)).
import { check, sigmoid } from "actlab";

function betaGradient(x: number, beta: number): number {
  // BEGIN SOLUTION
  const gate = sigmoid(beta * x);
  return x * x * gate * (1 - gate); // x · σ′(βx) · x: the chain rule through βx brings out x
  // END SOLUTION
}

check("swish-beta-gradient", betaGradient);
