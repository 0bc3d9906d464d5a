// Exercise sigmoid-update-signs (notebook 02-sigmoid-tanh). Check it with `npm run check -- sigmoid-update-signs`.
// A neuron z = Σᵢ wᵢaᵢ + b receives only sigmoid outputs aᵢ ∈ (0, 1). In one gradient-descent step on one
// sample, what can you say about the updates Δwᵢ = −η·(∂L/∂z)·aᵢ?
//   A: all the same sign, the sign of −∂L/∂z   B: random signs   C: all zero (σ saturates)   D: all positive
// Return the letter.
import { check } from "actlab";

export function updateSigns(): string {
  // BEGIN SOLUTION
  return "A"; // one shared factor −η·∂L/∂z times aᵢ > 0
  // END SOLUTION
}

check("sigmoid-update-signs", updateSigns);
