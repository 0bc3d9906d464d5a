// Exercise prelu-weight-gradient (notebook 03-relu-family; derive · ★★☆ · about 6 min).
// Check: `npm run check -- prelu-weight-gradient`. This header is generated from the bank; edit the code.
// PReLU(x) = x for x > 0 and a·x otherwise (He et al. 2015; a is learned and may exceed 1).
// Implement ∂PReLU/∂a as a function of x and a.
import { check } from "actlab";

function preluWeightGradient(x: number, a: number): number {
  // BEGIN SOLUTION
  void a; // the gradient does not depend on a: PReLU is linear in a
  return x > 0 ? 0 : x;
  // END SOLUTION
}

check("prelu-weight-gradient", preluWeightGradient);
