// Exercise realdata-mlp-param-count (notebook 10-real-data). Check it with `npm run check -- realdata-mlp-param-count`.
// An MLP maps `inputs` pixels to `hidden` units (weights and biases), then to `classes` logits
// (weights and biases). How many trainable numbers does it have?
import { check } from "actlab";

export function mlpParameterCount(inputs: number, hidden: number, classes: number): number {
  // BEGIN SOLUTION
  return inputs * hidden + hidden + hidden * classes + classes; // W₁, b₁, W₂, b₂
  // END SOLUTION
}

check("realdata-mlp-param-count", mlpParameterCount);
