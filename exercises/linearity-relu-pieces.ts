// Exercise linearity-relu-pieces (notebook 01-linearity; predict · ★★☆ · about 6 min).
// Check: `npm run check -- linearity-relu-pieces`. This header is generated from the bank; edit the code.
// A one-input network sums three ReLU units: f(x) = ReLU(x) + ReLU(−x + 1) + ReLU(2x − 2). Its
// graph is made of straight pieces joined at kinks. How many pieces does it have on the whole real
// line? Predict it on paper, then check.
import { check } from "actlab";

function reluPieces(): number {
  // BEGIN SOLUTION
  // kinks where a pre-activation is 0: x = 0 and x = 1 (twice); the slope changes at 1 add up
  return 3;
  // END SOLUTION
}

check("linearity-relu-pieces", reluPieces);
