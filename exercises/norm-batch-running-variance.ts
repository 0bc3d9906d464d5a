// Exercise norm-batch-running-variance (notebook 09-normalization; derive · ★★☆ · about 8 min).
// Check: `npm run check -- norm-batch-running-variance`. This header is generated from the bank; edit the code.
// A fresh BatchNorm1d feature (momentum 0.1, running_var = 1) is trained for 10 steps on batches
// of 8 samples, and every batch has population variance (÷ 8) exactly 3.5. What is running_var
// after the 10th step? (4 significant digits are checked.)
import { check } from "actlab";

function runningVariance(): number {
  // BEGIN SOLUTION
  // stored: the unbiased variance 3.5·8/7 = 4; the start 1 keeps the weight 0.9¹⁰
  return 0.9 ** 10 * 1 + (1 - 0.9 ** 10) * 4;
  // END SOLUTION
}

check("norm-batch-running-variance", runningVariance);
