// Exercise swish-minimum (notebook 04-smooth-gates; derive · ★★☆ · about 6 min).
// Check: `npm run check -- swish-minimum`. This header is generated from the bank; edit the code.
// Swish with β = 2, x·σ(2x), has one minimum, like SiLU. At which x is it? (4 significant digits
// are checked.) Hint: substitute u = 2x and use what you know about SiLU.
import { activation, check, newton } from "actlab";

function swishMinimum(): number {
  // BEGIN SOLUTION
  const silu = activation("silu");
  return newton(silu.df, "numeric", -1).root / 2; // x·σ(2x) = ½·SiLU(2x): the dip of SiLU, at half the x
  // END SOLUTION
}

check("swish-minimum", swishMinimum);
