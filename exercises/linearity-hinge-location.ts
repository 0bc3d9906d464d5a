// Exercise linearity-hinge-location (notebook 01-linearity; derive · ★☆☆ · about 3 min).
// Check: `npm run check -- linearity-hinge-location`. This header is generated from the bank; edit the code.
// A hidden unit of a one-input network computes ReLU(w·x + b) with w ≠ 0. Return the x at which
// its graph has its kink (the hinge). Hint: the kink is where the pre-activation is zero.
import { check } from "actlab";

function hingeLocation(w: number, b: number): number {
  // BEGIN SOLUTION
  return -b / w; // the pre-activation w·x + b crosses 0 there
  // END SOLUTION
}

check("linearity-hinge-location", hingeLocation);
