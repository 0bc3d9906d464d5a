// Exercise gradients-clip-choice (notebook 08-gradients-depth; choose · ★★☆ · about 4 min).
// Check: `npm run check -- gradients-clip-choice`. This header is generated from the bank; edit the code.
// A model has two parameter tensors, a weight with gradient g₁ = (3, 4) and a bias with gradient
// g₂ = (0, 12). One step calls clip_grad_norm_([weight, bias], max_norm=6.5) before the update.
// What is g₁ afterwards?
//   A: (1.5, 2): both gradients are scaled by one factor, 6.5/13
//   B: (3, 4): ‖g₁‖ = 5 is below 6.5, so g₁ is left alone and only g₂ is scaled
//   C: (3.9, 5.2): g₁ is scaled to length 6.5
//   D: (3, 4): the activations are normalised instead (seed note 002: clipping is done by
//      normalisation)
import { check } from "actlab";

function clippedGradient(): string {
  // BEGIN SOLUTION
  return "A"; // one norm over both tensors, √(9 + 16 + 144) = 13 > 6.5: every entry × ½
  // END SOLUTION
}

check("gradients-clip-choice", clippedGradient);
