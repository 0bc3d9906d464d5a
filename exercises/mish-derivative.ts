// Exercise mish-derivative (notebook 04-smooth-gates; derive · ★★★ · about 12 min).
// Check: `npm run check -- mish-derivative`. This header is generated from the bank; edit the code.
// Mish(x) = x·tanh(softplus(x)) with softplus(x) = log(1 + eˣ) (Misra 2019). Derive Mish′(x) and
// implement it, finite and correct for |x| ≤ 30. Write softplus and σ yourself or import sigmoid;
// activation is off limits.
import { check } from "actlab";

function mishDerivative(x: number): number {
  // BEGIN SOLUTION
  const softplus = Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))); // finite for any x
  const t = Math.tanh(softplus);
  return t + x * (1 - t * t) * sigmoidOf(x); // product rule, then tanh′ and softplus′ = σ
  // END SOLUTION
}

function sigmoidOf(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

check("mish-derivative", mishDerivative);
