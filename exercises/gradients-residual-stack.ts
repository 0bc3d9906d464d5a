// Exercise gradients-residual-stack (notebook 08-gradients-depth; derive · ★★☆ · about 6 min).
// Check: `npm run check -- gradients-residual-stack`. This header is generated from the bank; edit the code.
// A scalar network stacks 30 residual blocks, each h ↦ h + 0.1·tanh(h). Derive d(output)/d(input)
// at input 0 (4 significant digits are checked), and compare it with 30 plain blocks h ↦
// 0.1·tanh(h).
import { check } from "actlab";

function stackGradient(): number {
  // BEGIN SOLUTION
  return (1 + 0.1 * 1) ** 30; // at h = 0 every block has derivative 1 + 0.1·tanh′(0), and h stays 0
  // END SOLUTION
}

check("gradients-residual-stack", stackGradient);
