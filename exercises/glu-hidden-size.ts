// Exercise glu-hidden-size (notebook 06-glu-ffn; derive · ★★☆ · about 5 min).
// Check: `npm run check -- glu-hidden-size`. This header is generated from the bank; edit the code.
// A Transformer FFN has d_model = dModel and hidden size ffnHidden (weights W₁, W₂; ignore
// biases). Return the hidden size d_ff of a GLU block (weights W, V, W₂) with exactly the same
// number of weights. Do not round.
import { check } from "actlab";

function gluHiddenSize(dModel: number, ffnHidden: number): number {
  // BEGIN SOLUTION
  void dModel; // 3·dModel·d_ff = 2·dModel·ffnHidden: dModel cancels
  return (2 * ffnHidden) / 3;
  // END SOLUTION
}

check("glu-hidden-size", gluHiddenSize);
