// Exercise relu-sparsity-shift (notebook 03-relu-family; derive · ★☆☆ · about 5 min).
// Check: `npm run check -- relu-sparsity-shift`. This header is generated from the bank; edit the code.
// A ReLU unit receives z = x + b with x ~ N(0, 4) (variance 4, so standard deviation 2) and bias b
// = −1. What fraction of its outputs ReLU(z) is exactly 0? Give the exact value (3 significant
// digits are checked), not a Monte-Carlo estimate; normalCdf is imported from actlab.
import { check, normalCdf } from "actlab";

function reluSparsityShift(): number {
  // BEGIN SOLUTION
  return normalCdf(1 / 2); // ReLU(x − 1) = 0 ⇔ x ≤ 1 ⇔ x/2 ≤ ½, and x/2 ~ N(0, 1)
  // END SOLUTION
}

check("relu-sparsity-shift", reluSparsityShift);
