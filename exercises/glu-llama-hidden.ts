// Exercise glu-llama-hidden (notebook 06-glu-ffn; derive · ★☆☆ · about 3 min).
// Check: `npm run check -- glu-llama-hidden`. This header is generated from the bank; edit the code.
// A LLaMA-style model (Touvron et al. 2023) has d_model = 5120. Its SwiGLU block starts from the
// FFN's 4·d_model, applies the 2/3 rule so that the weight count matches the FFN's, and then
// rounds UP to a multiple of 256 (for fast matrix kernels). What hidden size d_ff does it use?
import { check } from "actlab";

function llamaHidden(): number {
  // BEGIN SOLUTION
  const matched = (2 / 3) * 4 * 5120; // 3·d·d_ff = 2·d·4d
  return 256 * Math.ceil(matched / 256);
  // END SOLUTION
}

check("glu-llama-hidden", llamaHidden);
