// Exercise init-leaky-relu-gain (notebook 07-init-variance; derive · ★★☆ · about 6 min).
// Check: `npm run check -- init-leaky-relu-gain`. This header is generated from the bank; edit the code.
// For z ~ N(0, σ²), E[leaky_relu(z)²] = (1 + a²)·σ²/2 with negative slope a. Return the gain g(a)
// such that Var(w) = g²/fan_in keeps the second moment of the activations from layer to layer
// (PyTorch's calculate_gain('leaky_relu', a)).
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
