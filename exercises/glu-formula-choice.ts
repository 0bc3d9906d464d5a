// Exercise glu-formula-choice (notebook 06-glu-ffn; choose · ★★☆ · about 4 min).
// Check: `npm run check -- glu-formula-choice`. This header is generated from the bank; edit the code.
// PyTorch's F.glu(z) splits its input along the last dimension into two halves, z = [a ‖ b], and
// returns a ⊗ σ(b). A block computes z = xM with one d×2h matrix M = [M_L ‖ M_R] (its left h and
// right h columns), then F.glu(z). Which W and V make this notebook's two-projection GLU σ(xW) ⊗
// xV the same function of x? Answer with the letter.
//   A: W = M_L, V = M_R
//   B: W = M_R, V = M_L
//   C: W = M, V = I: the block is x ⊗ σ(xM)
//   D: W = V = M: the block is σ(xM) ⊗ xM
import { check } from "actlab";

function gluFormulaChoice(): string {
  // BEGIN SOLUTION
  return "B"; // z = [xM_L ‖ xM_R], so a ⊗ σ(b) = σ(xM_R) ⊗ xM_L: the gate reads the right half
  // END SOLUTION
}

check("glu-formula-choice", gluFormulaChoice);
