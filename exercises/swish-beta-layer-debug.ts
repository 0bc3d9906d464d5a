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
  // β reaches the loss through each aᵢ directly: weight ∂aᵢ/∂β by ∂L/∂aᵢ, not by ∂L/∂zᵢ.
  return z.reduce((total, zi, i) => {
    const s = sigmoid(beta * zi);
    return total + gradWrtOutput[i] * zi * zi * s * (1 - s);
  }, 0);
  // END SOLUTION
}

check("swish-beta-layer-debug", layerBetaGradient);
