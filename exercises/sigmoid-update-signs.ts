// Exercise sigmoid-update-signs (notebook 02-sigmoid-tanh; choose · ★★☆ · about 5 min).
// Check: `npm run check -- sigmoid-update-signs`. This header is generated from the bank; edit the code.
// A neuron u = Σᵢ wᵢaᵢ + b of the next layer receives only sigmoid outputs aᵢ ∈ (0, 1). In one
// gradient-descent step on one sample, what can you say about the updates Δwᵢ = −η·(∂L/∂u)·aᵢ of
// its weights? Answer with the letter.
//   A: they all have the same sign, the sign of −∂L/∂u
//   B: their signs are random, half positive and half negative
//   C: they are all zero, because σ saturates
//   D: they are all positive, because the inputs are positive
import { check } from "actlab";

function updateSigns(): string {
  // BEGIN SOLUTION
  return "A"; // one shared factor −η·∂L/∂u times aᵢ > 0
  // END SOLUTION
}

check("sigmoid-update-signs", updateSigns);
