// Exercise init-symmetry-choice (notebook 07-init-variance; choose · ★★☆ · about 5 min).
// Check: `npm run check -- init-symmetry-choice`. This header is generated from the bank; edit the code.
// A 2 → 16 → 1 tanh network starts with every weight equal to 0.3 and every bias 0, and is trained
// on two moons with Adam for 40 epochs (mini-batches of 20, learning rate 0.02). Afterwards, how
// many different hidden units does it have (units whose incoming weights, bias and outgoing weight
// are not all equal)? Choose, and be ready to justify it.
//   A: 16: the inputs differ from sample to sample, so the units' gradients differ
//   B: 1: all sixteen stay identical
//   C: 2: tanh is odd, so the units split into a +w group and a −w group
//   D: 16 once the learning rate is large enough (say 0.5), 1 at 0.02
import { check } from "actlab";

function equalInitUnits(): string {
  // BEGIN SOLUTION
  return "B"; // equal parameters give equal z, equal δ, equal gradients: the tie never breaks
  // END SOLUTION
}

check("init-symmetry-choice", equalInitUnits);
