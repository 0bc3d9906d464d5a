// Exercise softmax-cross-entropy-gradient (notebook 05-softmax; derive · ★★☆ · about 6 min).
// Check: `npm run check -- softmax-cross-entropy-gradient`. This header is generated from the bank; edit the code.
// L = −log softmax(x)ₜ for the correct class t, the negative log-likelihood above. Derive ∂L/∂x
// and return it, a vector as long as x, finite for logits as large as 1000. You may import softmax
// from actlab. Hint: write L with log-sum-exp first, and mind the sign (the gradient, not the
// descent direction).
import { check, softmax } from "actlab";

function crossEntropyGradient(logits: number[], targetClass: number): number[] {
  // BEGIN SOLUTION
  return Array.from(softmax(logits), (y, i) => y - (i === targetClass ? 1 : 0)); // y − t
  // END SOLUTION
}

check("softmax-cross-entropy-gradient", crossEntropyGradient);
