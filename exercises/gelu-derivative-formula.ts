// Exercise gelu-derivative-formula (notebook 04-smooth-gates; derive · ★★☆ · about 8 min).
// Check: `npm run check -- gelu-derivative-formula`. This header is generated from the bank; edit the code.
// GELU′(x) = Φ(x) + x·φ(x) (the tour derived it). Differentiate once more: type GELU″(x) as a
// mathjs expression in x, writing the normal density φ(x) with exp, sqrt and pi. It is checked on
// a grid of x values. Where does GELU″ change sign, and what does that say about GELU's shape?
import { check } from "actlab";

function geluSecondDerivative(): string {
  // BEGIN SOLUTION
  return "(2 - x^2) * exp(-x^2 / 2) / sqrt(2 * pi)"; // φ + (φ + x·φ′), and φ′ = −x·φ
  // END SOLUTION
}

check("gelu-derivative-formula", geluSecondDerivative);
