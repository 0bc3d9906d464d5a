// Exercise linearity-product-rank (notebook 01-linearity; predict · ★★☆ · about 5 min).
// Check: `npm run check -- linearity-product-rank`. This header is generated from the bank; edit the code.
// Two linear layers without activation: W₁ = [[1, 2], [2, 4], [0, 1]] (3×2) and then W₂ = [[1, 0,
// 0], [0, 1, 0]] (2×3), so the network computes W₂W₁x. Each matrix has rank 2. Predict the rank of
// W₂W₁, then check.
import { check } from "actlab";

function productRank(): number {
  // BEGIN SOLUTION
  return 1; // W₂W₁ = [[1, 2], [2, 4]]: the second row is twice the first
  // END SOLUTION
}

check("linearity-product-rank", productRank);
