import { erfc } from "./erf";

const INV_SQRT_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** Standard normal density φ(x) = e^(−x²/2)/√(2π). */
export function normalPdf(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/**
 * Standard normal CDF Φ(x) = ½·erfc(−x/√2). Written with erfc rather than ½(1 + erf(x/√2)) so that
 * Φ(−10) ≈ 7.6e−24 keeps its digits instead of cancelling to 0.
 */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x * INV_SQRT_2);
}
