// Exercise gradients-init-loss-predict (notebook 08-gradients-depth; predict · ★☆☆ · about 3 min).
// Check: `npm run check -- gradients-init-loss-predict`. This header is generated from the bank; edit the code.
// The cell after your answer builds a tanh network [2, 32, 32, 4] for a 4-class spiral (300
// points, 75 per class), multiplies its last layer's weights by 0.01, and measures the mean
// softmax cross-entropy before any training. Predict that number (3 significant digits) before you
// run it.
import { check } from "actlab";

function initialLoss(): number {
  // BEGIN SOLUTION
  return Math.log(4); // logits near 0 → softmax ¼ each → −ln ¼
  // END SOLUTION
}

check("gradients-init-loss-predict", initialLoss);
