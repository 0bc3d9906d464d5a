// Exercise swish-beta-layer-debug (notebook 04-smooth-gates; debug · ★★☆ · about 6 min).
// Check: `npm run check -- swish-beta-layer-debug`. This header is generated from the bank; edit the code.
// One β is shared by every unit of a layer: aᵢ = zᵢ·σ(β·zᵢ) for each pre-activation zᵢ (all
// samples, all units, flattened). Given ∂L/∂aᵢ for each output, a colleague computes ∂L/∂β like
// this, and a central difference of the loss disagrees:
// ts function layerBetaGradient(z: number[], gradWrtOutput: number[], beta: number): number { let
// sum = 0; for (let i = 0; i < z.length; i++) { const gate = sigmoid(beta z[i]); const
// gradWrtPreActivation = gradWrtOutput[i] (gate + beta z[i] gate (1 - gate)); sum +=
// gradWrtPreActivation z[i] z[i] gate (1 - gate); } return sum; }
// Find the bug and return a fixed version.
import { check, sigmoid } from "actlab";

function layerBetaGradient(z: number[], gradWrtOutput: number[], beta: number): number {
  // BEGIN SOLUTION
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    const gate = sigmoid(beta * z[i]);
    // β reaches the loss through aᵢ directly: weight ∂aᵢ/∂β by ∂L/∂aᵢ, not by ∂L/∂zᵢ.
    sum += gradWrtOutput[i] * z[i] * z[i] * gate * (1 - gate);
  }
  return sum;
  // END SOLUTION
}

check("swish-beta-layer-debug", layerBetaGradient);
