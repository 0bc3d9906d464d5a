// Exercise softmax-log-softmax-backward (notebook 05-softmax; implement · ★★★ · about 15 min).
// Check: `npm run check -- softmax-log-softmax-backward`. This header is generated from the bank; edit the code.
// For y = log softmax(x), that is yᵢ = xᵢ − log Σⱼ e^(xⱼ), and an upstream gradient g = ∂L/∂y,
// return ∂L/∂x: derive it (the gradient of log-sum-exp is the key step), then implement it in
// O(n), finite for logits as large as ±1000. The core's softmax, logSoftmax, logSumExp and
// softmaxVjp are off limits.
import { check } from "actlab";

function logSoftmaxBackward(logits: number[], g: number[]): number[] {
  // BEGIN SOLUTION
  const largest = Math.max(...logits);
  const exps = logits.map((x) => Math.exp(x - largest)); // ∇ log Σ eˣ = softmax, computed stably
  const total = exps.reduce((a, b) => a + b, 0);
  const gradientSum = g.reduce((a, b) => a + b, 0);
  return g.map((gi, i) => gi - (exps[i] / total) * gradientSum); // ∂yᵢ/∂xⱼ = δᵢⱼ − pⱼ
  // END SOLUTION
}

check("softmax-log-softmax-backward", logSoftmaxBackward);
