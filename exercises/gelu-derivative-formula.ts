// Exercise gelu-derivative-formula (notebook 04-smooth-gates; derive · ★★☆ · about 8 min).
// Check: `npm run check -- gelu-derivative-formula`. This header is generated from the bank; edit the code.
// Type d/dx [x·Φ(x)] as a mathjs expression in x, writing Φ(x) = (1 + erf(x / sqrt(2))) / 2 and
// the density with exp and pi. It is checked on a grid of x values.
import { check } from "actlab";

function geluDerivativeFormula(): string {
  // BEGIN SOLUTION
  return "(1 + erf(x / sqrt(2))) / 2 + x * exp(-x^2 / 2) / sqrt(2 * pi)";
  // END SOLUTION
}

check("gelu-derivative-formula", geluDerivativeFormula);
