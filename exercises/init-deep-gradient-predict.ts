// Exercise init-deep-gradient-predict (notebook 07-init-variance; predict · ★★☆ · about 4 min).
// Check: `npm run check -- init-deep-gradient-predict`. This header is generated from the bank; edit the code.
// A 50-layer sigmoid network (width 32) is initialised with Xavier, Var(w) = 2/(fan_in + fan_out).
// Before you run the grid, predict how the gradient reaching layer 1 compares with the gradient at
// layer 50. Answer with the letter.
//   A: about the same (within a factor 10): Xavier was designed to keep it so
//   B: 10 to 1000 times smaller
//   C: more than 10²⁰ times smaller
//   D: larger: sigmoid gradients explode
import { check } from "actlab";

function deepGradientPrediction(): string {
  // BEGIN SOLUTION
  return "C"; // about ×0.25 per layer (σ′ ≤ 1/4), compounded over 49 layers
  // END SOLUTION
}

check("init-deep-gradient-predict", deepGradientPrediction);
