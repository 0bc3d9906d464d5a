// Exercise elu-derivative (notebook 03-relu-family; implement · ★☆☆ · about 4 min).
// Check: `npm run check -- elu-derivative`. This header is generated from the bank; edit the code.
// Implement ELU′(x) for ELU(x) = x if x > 0, α(eˣ − 1) otherwise. At the kink x = 0 return what
// PyTorch's autograd returns (the left derivative).
import { check } from "actlab";

function eluDerivative(x: number, alpha: number): number {
  // BEGIN SOLUTION
  return x > 0 ? 1 : alpha * Math.exp(x);
  // END SOLUTION
}

check("elu-derivative", eluDerivative);
