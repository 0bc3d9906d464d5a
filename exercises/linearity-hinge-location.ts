// Exercise linearity-hinge-location (notebook 01-linearity). Check it with `npm run check -- linearity-hinge-location`.
// A hidden unit of a one-input network computes ReLU(w·x + b) with w ≠ 0. Return the x of its kink.
import { check } from "actlab";

export function hingeLocation(w: number, b: number): number {
  // BEGIN SOLUTION
  return -b / w; // the pre-activation w·x + b crosses 0 there
  // END SOLUTION
}

check("linearity-hinge-location", hingeLocation);
