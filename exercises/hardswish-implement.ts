// Exercise hardswish-implement (notebook 04-smooth-gates; implement · ★☆☆ · about 5 min).
// Check: `npm run check -- hardswish-implement`. This header is generated from the bank; edit the code.
// MobileNetV3 (Howard et al. 2019) keeps Swish's shape, x times a gate, but builds the gate
// without exp: it is 0 for x ≤ −3, 1 for x ≥ 3, and a straight line in between, continuous at both
// ends. Implement hard-swish, x times that gate (between −3 and 3 it is a quadratic). Use no exp
// and no actlab call.
import { check } from "actlab";

function hardswish(x: number): number {
  // BEGIN SOLUTION
  // The line through (−3, 0) and (3, 1), clamped to [0, 1].
  const gate = Math.min(Math.max((x + 3) / 6, 0), 1);
  return x * gate;
  // END SOLUTION
}

check("hardswish-implement", hardswish);
