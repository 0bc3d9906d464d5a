// Exercise glu-param-count (notebook 06-glu-ffn; derive · ★☆☆ · about 3 min).
// Check: `npm run check -- glu-param-count`. This header is generated from the bank; edit the code.
// A SwiGLU feed-forward block (Shazeer 2020, no biases) has d_model = 1024 and hidden size d_ff =
// 2816. How many weights does it have? (All 7 significant digits are checked.)
import { check } from "actlab";

function swigluWeights(): number {
  // BEGIN SOLUTION
  return 3 * 1024 * 2816; // W and V (d_model×d_ff) and W₂ (d_ff×d_model)
  // END SOLUTION
}

check("glu-param-count", swigluWeights);
