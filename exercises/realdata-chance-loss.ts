// Exercise realdata-chance-loss (notebook 10-real-data; derive · ★☆☆ · about 3 min).
// Check: `npm run check -- realdata-chance-loss`. This header is generated from the bank; edit the code.
// A freshly initialised classifier over k classes gives every class the same probability 1/k. What
// is its softmax cross-entropy loss (natural log) on any example? Return it as a function of k.
import { check } from "actlab";

function chanceLoss(classes: number): number {
  // BEGIN SOLUTION
  return Math.log(classes); // −ln(1/k): the loss of a uniform guess
  // END SOLUTION
}

check("realdata-chance-loss", chanceLoss);
