// Exercise init-xavier-uniform-bound (notebook 07-init-variance). Check it with `npm run check -- init-xavier-uniform-bound`.
// A tanh layer with fan_in = 300 and fan_out = 100 is initialised with Xavier (Glorot) uniform,
// W ~ U(−a, a). Return a (4 significant digits are checked).
import { check } from "actlab";

export function xavierUniformBound(): number {
  // BEGIN SOLUTION
  const variance = 2 / (300 + 100); // Glorot & Bengio 2010, eq. 12
  return Math.sqrt(3 * variance); // U(−a, a) has variance a²/3
  // END SOLUTION
}

check("init-xavier-uniform-bound", xavierUniformBound);
