// Exercise glu-formula-choice (notebook 06-glu-ffn; choose · ★☆☆ · about 3 min).
// Check: `npm run check -- glu-formula-choice`. This header is generated from the bank; edit the code.
// Which is the gated linear unit (Dauphin et al. 2017) used by GLU feed-forward blocks (Shazeer
// 2020)? x is the input row vector, W and V are two learned projections. Answer with the letter.
// Hint: two projections, one of them gated, one linear; which side the σ sits on is a naming
// convention.
//   A: x ⊗ σ(xW)
//   B: (xW + b) ⊗ σ(xV + c)
//   C: σ(xW) ⊗ σ(xV)
//   D: x ⊗ GELU(xW)
import { check } from "actlab";

function gluFormulaChoice(): string {
  // BEGIN SOLUTION
  return "B"; // two projections of the same input: a linear value path gated by a sigmoid path
  // END SOLUTION
}

check("glu-formula-choice", gluFormulaChoice);
