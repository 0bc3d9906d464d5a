// Exercise gelu-tanh (notebook 04-smooth-gates; implement · ★☆☆ · about 4 min).
// Check: `npm run check -- gelu-tanh`. This header is generated from the bank; edit the code.
// Implement the tanh approximation of GELU from Hendrycks & Gimpel (2016): ½x(1 + tanh(√(2/π)(x +
// 0.044715x³))).
import { check } from "actlab";

function geluTanh(x: number): number {
  // BEGIN SOLUTION
  const inner = Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x);
  return 0.5 * x * (1 + Math.tanh(inner));
  // END SOLUTION
}

check("gelu-tanh", geluTanh);
