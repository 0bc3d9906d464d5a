// Exercise linearity-bottleneck-rank (notebook 01-linearity; predict · ★☆☆ · about 3 min).
// Check: `npm run check -- linearity-bottleneck-rank`. This header is generated from the bank; edit the code.
// A network without activations has layer widths 784 → 256 → 32 → 256 → 784, with random
// (full-rank) weights. Its end-to-end map is one 784×784 matrix W′. What is the rank of W′?
import { check } from "actlab";

function bottleneckRank(): number {
  // BEGIN SOLUTION
  // rank(AB) ≤ min(rank A, rank B), and random layers attain it
  return Math.min(784, 256, 32, 256, 784);
  // END SOLUTION
}

check("linearity-bottleneck-rank", bottleneckRank);
