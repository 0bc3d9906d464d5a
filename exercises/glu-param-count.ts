// Exercise glu-param-count (notebook 06-glu-ffn). Check it with `npm run check -- glu-param-count`.
// A SwiGLU feed-forward block (Shazeer 2020, no biases) has d_model = 768 and hidden size d_ff = 2048.
// How many weights does it have? Return the number (all 7 digits are checked).
import { check } from "actlab";

export function swigluWeights(): number {
  // BEGIN SOLUTION
  return 3 * 768 * 2048; // W and V (d_model×d_ff) and W₂ (d_ff×d_model)
  // END SOLUTION
}

check("glu-param-count", swigluWeights);
