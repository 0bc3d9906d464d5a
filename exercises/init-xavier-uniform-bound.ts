// Exercise init-xavier-uniform-bound (notebook 07-init-variance; derive · ★☆☆ · about 4 min).
// Check: `npm run check -- init-xavier-uniform-bound`. This header is generated from the bank; edit the code.
// A tanh layer with fan_in = 300 and fan_out = 100 is initialised with Xavier (Glorot) uniform, W
// ~ U(−a, a). What is a? (4 significant digits are checked.)
import { check } from "actlab";

function xavierUniformBound(): number {
  // BEGIN SOLUTION
  const variance = 2 / (300 + 100); // Glorot & Bengio 2010, eq. 12
  return Math.sqrt(3 * variance); // U(−a, a) has variance a²/3
  // END SOLUTION
}

check("init-xavier-uniform-bound", xavierUniformBound);
