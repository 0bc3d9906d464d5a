// Exercise softmax-attention-variance (notebook 05-softmax; derive · ★☆☆ · about 5 min).
// Check: `npm run check -- softmax-attention-variance`. This header is generated from the bank; edit the code.
// A query q and a key k each have d_k = 128 independent entries with mean 0 and variance ½ (q and
// k independent of each other). What is Var(q·k)? (4 significant digits are checked.)
import { check } from "actlab";

function scoreVariance(): number {
  // BEGIN SOLUTION
  return 128 * 0.5 * 0.5; // d_k independent products qᵢkᵢ, each of variance E[qᵢ²]·E[kᵢ²] = ½·½
  // END SOLUTION
}

check("softmax-attention-variance", scoreVariance);
