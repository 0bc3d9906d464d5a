// Exercise silu-derivative-formula (notebook 04-smooth-gates). Check it with `npm run check -- silu-derivative-formula`.
// Type d/dx [x·σ(x)] as a mathjs expression in x, writing σ with exp (e.g. "1 / (1 + exp(-x))").
import { check } from "actlab";

export function siluDerivativeFormula(): string {
  // BEGIN SOLUTION
  return "1 / (1 + exp(-x)) * (1 + x * (1 - 1 / (1 + exp(-x))))";
  // END SOLUTION
}

check("silu-derivative-formula", siluDerivativeFormula);
