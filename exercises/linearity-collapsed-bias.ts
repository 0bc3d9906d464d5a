// Exercise linearity-collapsed-bias (notebook 01-linearity; derive · ★★☆ · about 10 min).
// Check: `npm run check -- linearity-collapsed-bias`. This header is generated from the bank; edit the code.
// Three affine layers y = W₃(W₂(W₁x + b₁) + b₂) + b₃ equal one layer W′x + b′. Given the 2×2
// matrices W₂ and W₃ row by row ([w11, w12, w21, w22]) and the biases b₁, b₂, b₃, return b′ (a
// vector of 2). Hint: every bias is multiplied by all the layers after it.
import { check } from "actlab";

function collapsedBias(
  w2: number[],
  w3: number[],
  b1: number[],
  b2: number[],
  b3: number[],
): number[] {
  // BEGIN SOLUTION
  const times = (w: number[], v: number[]) => [
    w[0] * v[0] + w[1] * v[1],
    w[2] * v[0] + w[3] * v[1],
  ];
  // W₂b₁ + b₂: what the third layer receives
  const intoThird = times(w2, b1).map((v, i) => v + b2[i]);
  return times(w3, intoThird).map((v, i) => v + b3[i]);
  // END SOLUTION
}

check("linearity-collapsed-bias", collapsedBias);
