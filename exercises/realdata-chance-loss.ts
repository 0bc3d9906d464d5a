// Exercise realdata-chance-loss (notebook 10-real-data). Check it with `npm run check -- realdata-chance-loss`.
// A freshly initialised classifier over k classes gives every class the same probability 1/k.
// What is its softmax cross-entropy loss (natural log) on any example? Return it as a function of k.
import { check } from "actlab";

export function chanceLoss(classes: number): number {
  // BEGIN SOLUTION
  return Math.log(classes); // −ln(1/k): the loss of a uniform guess
  // END SOLUTION
}

check("realdata-chance-loss", chanceLoss);
