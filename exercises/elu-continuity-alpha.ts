// Exercise elu-continuity-alpha (notebook 03-relu-family; derive · ★★☆ · about 5 min).
// Check: `npm run check -- elu-continuity-alpha`. This header is generated from the bank; edit the code.
// A stretched ELU is f(x) = x for x > 0 and α(e^(x/s) − 1) for x ≤ 0, with stretch s = 2. It is
// continuous at 0 for every α. For which α is its derivative f′ continuous at 0 as well? (4
// significant digits are checked.)
import { check } from "actlab";

function smoothAlpha(): number {
  // BEGIN SOLUTION
  const stretch = 2;
  return stretch; // left slope at 0: α·e⁰/s = α/s; right slope: 1
  // END SOLUTION
}

check("elu-continuity-alpha", smoothAlpha);
