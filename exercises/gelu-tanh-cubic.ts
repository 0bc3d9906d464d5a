// Exercise gelu-tanh-cubic (notebook 04-smooth-gates; derive · ★★★ · about 15 min).
// Check: `npm run check -- gelu-tanh-cubic`. This header is generated from the bank; edit the code.
// Now take the gate ½(1 + tanh(c·(x + a·x³))) with c = √(2/π) and choose a so that its x³ term
// equals Φ's. Use Φ(x) = ½ + (x − x³/6)/√(2π) + O(x⁵) and tanh u = u − u³/3 + O(u⁵). Give a to 4
// significant digits, then compare it with the published 0.044715.
import { check } from "actlab";

function cubicCoefficient(): number {
  // BEGIN SOLUTION
  // ½(1 + tanh u), u = c(x + ax³): ½ + (c/2)x + (ca/2 − c³/6)x³.
  // Φ's x³ term is −1/(6√(2π)) = −c/12.
  const c = Math.sqrt(2 / Math.PI);
  return (c * c) / 3 - 1 / 6;
  // END SOLUTION
}

check("gelu-tanh-cubic", cubicCoefficient);
