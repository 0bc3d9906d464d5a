// Exercise init-deep-gradient-predict (notebook 07-init-variance). Check it with `npm run check -- init-deep-gradient-predict`.
// A 50-layer sigmoid network (width 32) is initialised with Xavier. How does the gradient reaching
// layer 1 compare with the gradient at layer 50?
//   A: about the same (within 10×)   B: 10 to 1000 times smaller   C: more than 10²⁰ times smaller   D: larger
// Return the letter.
import { check } from "actlab";

export function deepGradientPrediction(): string {
  // BEGIN SOLUTION
  return "C"; // about ×0.25 per layer (σ′ ≤ 1/4), compounded over 49 layers
  // END SOLUTION
}

check("init-deep-gradient-predict", deepGradientPrediction);
