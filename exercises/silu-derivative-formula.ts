// Exercise silu-derivative-formula (notebook 04-smooth-gates; derive · ★☆☆ · about 5 min).
// Check: `npm run check -- silu-derivative-formula`. This header is generated from the bank; edit the code.
// Type d/dx [x·σ(x)] as a mathjs expression in x, writing σ with exp (e.g. "1 / (1 + exp(-x))").
// It is checked on a grid of x values.
import { check } from "actlab";

function siluDerivativeFormula(): string {
  // BEGIN SOLUTION
  return "1 / (1 + exp(-x)) * (1 + x * (1 - 1 / (1 + exp(-x))))";
  // END SOLUTION
}

check("silu-derivative-formula", siluDerivativeFormula);
