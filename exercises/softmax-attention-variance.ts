// Exercise softmax-attention-variance (notebook 05-softmax). Check it with `npm run check -- softmax-attention-variance`.
// A query q and a key k each have d_k = 64 independent entries with mean 0 and variance 1.
// What is Var(q·k)? Return the number (4 significant digits are checked).
import { check } from "actlab";

export function scoreVariance(): number {
  // BEGIN SOLUTION
  return 64 * 1 * 1; // d_k independent products qᵢkᵢ, each of variance E[qᵢ²]·E[kᵢ²] = 1
  // END SOLUTION
}

check("softmax-attention-variance", scoreVariance);
