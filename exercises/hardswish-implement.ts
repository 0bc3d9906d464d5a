// Exercise hardswish-implement (notebook 04-smooth-gates; implement · ★☆☆ · about 4 min).
// Check: `npm run check -- hardswish-implement`. This header is generated from the bank; edit the code.
// Implement hard-swish (Howard et al. 2019, MobileNetV3): x·ReLU6(x + 3)/6, with ReLU6(z) =
// min(max(z, 0), 6). Use no exp.
import { check } from "actlab";

function hardswishFromRelu6(x: number): number {
  // BEGIN SOLUTION
  return (x * Math.min(Math.max(x + 3, 0), 6)) / 6;
  // END SOLUTION
}

check("hardswish-implement", hardswishFromRelu6);
