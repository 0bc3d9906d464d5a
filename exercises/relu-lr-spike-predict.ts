// Exercise relu-lr-spike-predict (notebook 03-relu-family; predict · ★★☆ · about 4 min).
// Check: `npm run check -- relu-lr-spike-predict`. This header is generated from the bank; edit the code.
// The ReLU network above (2 → 32 → 32 → 1, seed 1) is trained on the two moons with plain SGD at a
// sane learning rate, 0.3, for 20 epochs: none of its 64 hidden units is dead. Then a single
// full-batch step is taken at learning rate 30, a hundred times larger (a spike, as a bad schedule
// or a bad batch can cause). What fraction of the 64 hidden units is dead right after that one
// step (ReLU′(z) = 0 on all 200 points)? Commit to a letter before running the cell after the
// check.
//   A: 0%: one step cannot kill a unit; dying takes many steps
//   B: between 5% and 50%: the step pushes some units below 0 on every point, not most
//   C: more than 90%: a hundredfold step kills nearly every unit
//   D: exactly 50%: a ReLU layer is always half off
import { check } from "actlab";

function spikePrediction(): string {
  // BEGIN SOLUTION
  // The step moves each unit by 30 × its own gradient: some units end up ≤ 0 on all 200 points,
  // most do not (the cell after the check measures 4 + 6 of 64).
  return "B";
  // END SOLUTION
}

check("relu-lr-spike-predict", spikePrediction);
