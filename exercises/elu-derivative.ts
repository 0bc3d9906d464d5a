// Exercise elu-derivative (notebook 03-relu-family). Check it with `npm run check -- elu-derivative`.
// ELU(x) = x for x > 0, α(eˣ − 1) otherwise. Implement ELU′(x); at x = 0 return what PyTorch's
// autograd returns (the left derivative).
import { check } from "actlab";

export function eluDerivative(x: number, alpha: number): number {
  // BEGIN SOLUTION
  return x > 0 ? 1 : alpha * Math.exp(x);
  // END SOLUTION
}

check("elu-derivative", eluDerivative);
