// Exercise softmax-stable (notebook 05-softmax; implement · ★☆☆ · about 5 min).
// Check: `npm run check -- softmax-stable`. This header is generated from the bank; edit the code.
// The formula as written returns NaN at x = [1000, 999, 998] (above). Implement softmax(x)ᵢ =
// e^(xᵢ)/Σⱼ e^(xⱼ) so that it is finite and correct for every vector of logits between −1000 and
// 1000. Hint: shift invariance lets you choose c freely: which c keeps every e^(xᵢ + c) between 0
// and 1?
import { check } from "actlab";

function stableSoftmax(logits: number[]): number[] {
  // BEGIN SOLUTION
  const largest = Math.max(...logits);
  const shifted = logits.map((x) => Math.exp(x - largest)); // the largest term is e⁰ = 1
  const total = shifted.reduce((sum, e) => sum + e, 0);
  return shifted.map((e) => e / total);
  // END SOLUTION
}

check("softmax-stable", stableSoftmax);
