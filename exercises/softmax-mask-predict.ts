// Exercise softmax-mask-predict (notebook 05-softmax; predict · ★☆☆ · about 3 min).
// Check: `npm run check -- softmax-mask-predict`. This header is generated from the bank; edit the code.
// A padding query masks all four of its keys, so seed note 003's masked_fill(mask == 0, -1e9)
// turns its row of scores into [−1e9, −1e9, −1e9, −1e9]. Before the next cell runs it, predict
// what softmax returns for this row, and what gradient ∂L/∂x the four filled scores receive for an
// upstream gradient v = [1, −2, 0.5, 3].
//   A: [0, 0, 0, 0], and no gradient: every key is masked
//   B: [0.25, 0.25, 0.25, 0.25], and a nonzero gradient ¼(v − mean v) at every masked score
//   C: NaN everywhere, in the output and the gradient
//   D: [0.25, 0.25, 0.25, 0.25], and zero gradient, because the four scores are equal
import { check } from "actlab";

function maskedRow(): string {
  // BEGIN SOLUTION
  return "B"; // the max shift turns four −1e9 into four 0: a uniform row, and Jᵀv = ¼(v − mean v)
  // END SOLUTION
}

check("softmax-mask-predict", maskedRow);
