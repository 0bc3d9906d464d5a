// Exercise gradients-clip-choice (notebook 08-gradients-depth; choose · ★☆☆ · about 3 min).
// Check: `npm run check -- gradients-clip-choice`. This header is generated from the bank; edit the code.
// A parameter vector has gradient g = (3, 4), and one step applies clip_grad_norm_(params,
// max_norm=1) before the update. Which statement is true?
//   A: g becomes (0.6, 0.8): the same direction, length 1
//   B: g becomes (1, 1): each entry is clamped to at most 1
//   C: the layer's activations are normalised (as LayerNorm would), which is what clipping means
//   D: g is unchanged: clipping only acts on gradients that are NaN or infinite
import { check } from "actlab";

function clippedGradient(): string {
  // BEGIN SOLUTION
  return "A"; // ‖(3, 4)‖ = 5 > 1: every entry is scaled by 1/5
  // END SOLUTION
}

check("gradients-clip-choice", clippedGradient);
