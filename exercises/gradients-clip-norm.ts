// Exercise gradients-clip-norm (notebook 08-gradients-depth; implement · ★☆☆ · about 5 min).
// Check: `npm run check -- gradients-clip-norm`. This header is generated from the bank; edit the code.
// Implement clipping by norm (torch.nn.utils.clip_grad_norm_): if ‖g‖ > maxNorm, return g scaled
// to norm maxNorm (same direction); otherwise return g unchanged.
import { check } from "actlab";

function clipByNorm(gradient: number[], maxNorm: number): number[] {
  // BEGIN SOLUTION
  const length = Math.hypot(...gradient);
  if (length <= maxNorm) return [...gradient];
  // one factor for every entry keeps the direction
  return gradient.map((g) => (g * maxNorm) / length);
  // END SOLUTION
}

check("gradients-clip-norm", clipByNorm);
