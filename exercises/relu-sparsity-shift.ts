// Exercise relu-sparsity-shift (notebook 03-relu-family). Check it with `npm run check -- relu-sparsity-shift`.
// A ReLU unit receives z = x + b with x ~ N(0, 1) and bias b = −1. What fraction of its outputs ReLU(z)
// is exactly 0? Return the exact value (3 significant digits are checked), not a Monte-Carlo estimate.
import { check, normalCdf } from "actlab";

export function reluSparsityShift(): number {
  // BEGIN SOLUTION
  return normalCdf(1); // ReLU(x − 1) = 0 exactly when x ≤ 1
  // END SOLUTION
}

check("relu-sparsity-shift", reluSparsityShift);
