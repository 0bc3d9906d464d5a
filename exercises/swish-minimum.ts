// Exercise swish-minimum (notebook 04-smooth-gates; derive · ★★☆ · about 6 min).
// Check: `npm run check -- swish-minimum`. This header is generated from the bank; edit the code.
// Swish_β(x) = x·σ(βx) has one minimum, whose location depends on β. For which β does Swish dip
// lowest exactly at x = −0.5? (4 significant digits are checked.) Hint: relate Swish_β to SiLU,
// whose minimiser you can find with newton.
import { activation, check, newton } from "actlab";

function betaForDip(): number {
  // BEGIN SOLUTION
  const siluDip = newton(activation("silu").df, "numeric", -1).root; // x* of SiLU ≈ −1.2785
  return siluDip / -0.5; // swish_β(x) = SiLU(βx)/β dips at x*/β; we want x*/β = −0.5
  // END SOLUTION
}

check("swish-minimum", betaForDip);
