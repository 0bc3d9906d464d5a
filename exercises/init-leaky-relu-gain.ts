// Exercise init-leaky-relu-gain (notebook 07-init-variance; derive · ★★☆ · about 6 min).
// Check: `npm run check -- init-leaky-relu-gain`. This header is generated from the bank; edit the code.
// Leaky ReLU with negative slope a is z for z > 0 and a·z otherwise. PyTorch writes an init as
// std(w) = gain/√fan_in. Derive the gain g(a) that keeps the second moment of the pre-activations
// from layer to layer when z is symmetric about 0 (what calculate_gain('leaky_relu', a) returns),
// and return it. Hint: redo the He argument; what share of E[z²] does leaky_relu(z)² keep?
import { check } from "actlab";

function leakyReluGain(negativeSlope: number): number {
  // BEGIN SOLUTION
  // the positive half keeps σ²/2, the negative a²σ²/2
  const secondMomentKept = (1 + negativeSlope ** 2) / 2;
  // the gain multiplies the std, so it undoes √(secondMomentKept)
  return Math.sqrt(1 / secondMomentKept);
  // END SOLUTION
}

check("init-leaky-relu-gain", leakyReluGain);
