// Exercise linearity-which-not-linear (notebook 01-linearity; choose · ★☆☆ · about 3 min).
// Check: `npm run check -- linearity-which-not-linear`. This header is generated from the bank; edit the code.
// A linear map L satisfies L(u + v) = L(u) + L(v) and L(cu) = cL(u). Which of these maps of ℝ² is
// NOT linear? Answer with the letter. Hint: where does each map send the origin?
//   A: (x, y) ↦ (2x − y, 3y)
//   B: (x, y) ↦ (y, x)
//   C: (x, y) ↦ (x + 3, y − 2)
//   D: (x, y) ↦ (x, 0)
import { check } from "actlab";

function notLinear(): string {
  // BEGIN SOLUTION
  return "C"; // a linear map sends 0 to 0; the translation sends it to (3, −2)
  // END SOLUTION
}

check("linearity-which-not-linear", notLinear);
