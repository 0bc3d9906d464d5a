// Exercise realdata-mlp-param-count (notebook 10-real-data; derive · ★☆☆ · about 4 min).
// Check: `npm run check -- realdata-mlp-param-count`. This header is generated from the bank; edit the code.
// An MLP maps inputs pixels to hidden units (weights and biases), then to classes logits (weights
// and biases). How many trainable numbers does it have? Return the count as a function of (inputs,
// hidden, classes).
import { check } from "actlab";

function mlpParameterCount(inputs: number, hidden: number, classes: number): number {
  // BEGIN SOLUTION
  return inputs * hidden + hidden + hidden * classes + classes; // W₁, b₁, W₂, b₂
  // END SOLUTION
}

check("realdata-mlp-param-count", mlpParameterCount);
