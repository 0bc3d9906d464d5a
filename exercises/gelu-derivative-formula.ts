// Exercise gelu-derivative-formula (notebook 04-smooth-gates). Check it with `npm run check -- gelu-derivative-formula`.
// Type d/dx [x·Φ(x)] as a mathjs expression in x, writing Φ(x) = (1 + erf(x / sqrt(2))) / 2 and the
// normal density with exp and pi.
import { check } from "actlab";

export function geluDerivativeFormula(): string {
  // BEGIN SOLUTION
  return "(1 + erf(x / sqrt(2))) / 2 + x * exp(-x^2 / 2) / sqrt(2 * pi)";
  // END SOLUTION
}

check("gelu-derivative-formula", geluDerivativeFormula);
