// Exercise linearity-bottleneck-rank (notebook 01-linearity). Check it with `npm run check -- linearity-bottleneck-rank`.
// A network without activations has widths 784 → 256 → 32 → 256 → 784, with random (full-rank) weights.
// Its end-to-end map is one 784×784 matrix W′. Return the rank of W′.
import { check } from "actlab";

export function bottleneckRank(): number {
  // BEGIN SOLUTION
  return Math.min(784, 256, 32, 256, 784); // rank(AB) ≤ min(rank A, rank B), and random layers attain it
  // END SOLUTION
}

check("linearity-bottleneck-rank", bottleneckRank);
