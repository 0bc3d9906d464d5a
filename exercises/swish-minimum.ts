// Exercise swish-minimum (notebook 04-smooth-gates). Check it with `npm run check -- swish-minimum`.
// SiLU(x) = x·σ(x) (Swish with β = 1) has one minimum. At which x is it? (4 significant digits are checked;
// Newton's method on SiLU′ finds it.)
import { activation, check, newton } from "actlab";

export function swishMinimum(): number {
  // BEGIN SOLUTION
  const silu = activation("silu");
  return newton(silu.df, "numeric", -1).root; // the minimum is where SiLU′ = 0
  // END SOLUTION
}

check("swish-minimum", swishMinimum);
