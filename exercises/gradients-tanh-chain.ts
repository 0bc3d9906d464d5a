// Exercise gradients-tanh-chain (notebook 08-gradients-depth; implement · ★★☆ · about 10 min).
// Check: `npm run check -- gradients-tanh-chain`. This header is generated from the bank; edit the code.
// A chain of L scalar units computes h_k = tanh(w·h_(k−1)) for k = 1 … L. Implement dh_L/dh₀ as a
// function of h₀, w and L: the product of the L one-by-one Jacobians, each evaluated at its own
// point. numericGradient and centralDifference are off limits.
import { check } from "actlab";

function chainGradient(h0: number, w: number, layers: number): number {
  // BEGIN SOLUTION
  let h = h0;
  let gradient = 1;
  for (let k = 0; k < layers; k++) {
    h = Math.tanh(w * h);
    gradient *= w * (1 - h * h); // this unit's Jacobian, w·tanh′(w·h_(k−1)) = w·(1 − h_k²)
  }
  return gradient;
  // END SOLUTION
}

check("gradients-tanh-chain", chainGradient);
