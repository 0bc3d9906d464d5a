// Exercise softmax-stable (notebook 05-softmax; implement · ★☆☆ · about 5 min).
// Check: `npm run check -- softmax-stable`. This header is generated from the bank; edit the code.
// Implement softmax(x)ᵢ = e^(xᵢ)/Σⱼ e^(xⱼ) for a vector x, finite for logits as large as 1000.
// Hint: subtract the largest logit first; Math.max(...logits) finds it.
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
