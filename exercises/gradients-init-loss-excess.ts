// Exercise gradients-init-loss-excess (notebook 08-gradients-depth; derive · ★★★ · about 20 min).
// Check: `npm run check -- gradients-init-loss-excess`. This header is generated from the bank; edit the code.
// At initialisation the C logits of an example are z = s·u, with u₁ … u_C independent 𝒩(0, 1) and
// independent of the label y. For small s the expected loss is E[−log softmax(z)_y] = ln C + k·s²
// + O(s³). Derive k as a function of C (Taylor-expand log Σ e^(zᵢ) around z = 0 to second order,
// then take the expectation).
import { check } from "actlab";

function lossCurvature(classes: number): number {
  // BEGIN SOLUTION
  // log Σ e^(zᵢ) ≈ ln C + z̄ + (1/2C)·Σ(zᵢ − z̄)², and E Σ(uᵢ − ū)² = C − 1
  return (classes - 1) / (2 * classes);
  // END SOLUTION
}

check("gradients-init-loss-excess", lossCurvature);
