// Exercise glu-formula-choice (notebook 06-glu-ffn). Check it with `npm run check -- glu-formula-choice`.
// Which is the gated linear unit (Dauphin et al. 2017) used by GLU feed-forward blocks (Shazeer 2020)?
//   A: x ⊗ σ(xW)     B: (xW + b) ⊗ σ(xV + c)     C: σ(xW) ⊗ σ(xV)     D: x ⊗ GELU(xW)
// Return the letter.
import { check } from "actlab";

export function gluFormulaChoice(): string {
  // BEGIN SOLUTION
  return "B"; // two projections of the same input: a linear value path gated by a sigmoid path
  // END SOLUTION
}

check("glu-formula-choice", gluFormulaChoice);
