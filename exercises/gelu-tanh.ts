// Exercise gelu-tanh (notebook 04-smooth-gates; implement · ★★☆ · about 8 min).
// Check: `npm run check -- gelu-tanh`. This header is generated from the bank; edit the code.
// Hendrycks & Gimpel (2016) replace the gate Φ(x) by ½(1 + tanh(c·(x + 0.044715x³))). Choose the
// scale c so that this gate has Φ's slope at 0 (Φ′(0) = φ(0) = 1/√(2π)), then implement the
// approximate GELU, x times that gate. Use no erf.
import { check } from "actlab";

function geluTanh(x: number): number {
  // BEGIN SOLUTION
  // The gate's slope at 0 is c/2 (½·tanh′(0)·c); setting it to 1/√(2π) gives c = √(2/π).
  const inner = Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x);
  return 0.5 * x * (1 + Math.tanh(inner));
  // END SOLUTION
}

check("gelu-tanh", geluTanh);
