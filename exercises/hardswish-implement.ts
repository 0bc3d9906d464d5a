// Exercise hardswish-implement (notebook 04-smooth-gates). Check it with `npm run check -- hardswish-implement`.
// Implement hard-swish (Howard et al. 2019, MobileNetV3): x·ReLU6(x + 3)/6, with ReLU6(z) = min(max(z, 0), 6).
// Use no exp.
import { check } from "actlab";

export function hardswish(x: number): number {
  // BEGIN SOLUTION
  return (x * Math.min(Math.max(x + 3, 0), 6)) / 6;
  // END SOLUTION
}

check("hardswish-implement", hardswish);
