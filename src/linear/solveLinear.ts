/** Solving A·x = b by Gaussian elimination with partial pivoting, for the small systems of Newton's method. */
import type { Matrix } from "./matrix";

export function solveLinear(a: Matrix, b: ArrayLike<number>): Float64Array {
  const n = a.rows;
  if (a.cols !== n) throw new Error(`solveLinear: matrix must be square, got ${a.rows}×${a.cols}`);
  if (b.length !== n) throw new Error(`solveLinear: right-hand side has length ${b.length}, expected ${n}`);
  const m = Float64Array.from(a.data);
  const x = Float64Array.from(b);
  let scale = 0;
  for (const value of m) scale = Math.max(scale, Math.abs(value));
  for (let col = 0; col < n; col++) {
    // Partial pivoting: the largest entry in the column keeps multipliers ≤ 1, so errors do not grow.
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row * n + col]) > Math.abs(m[pivot * n + col])) pivot = row;
    if (!(Math.abs(m[pivot * n + col]) > n * Number.EPSILON * scale)) {
      throw new Error(
        `solveLinear: matrix is singular (no usable pivot in column ${col}); the system has no unique solution`,
      );
    }
    if (pivot !== col) {
      for (let k = 0; k < n; k++) [m[col * n + k], m[pivot * n + k]] = [m[pivot * n + k], m[col * n + k]];
      [x[col], x[pivot]] = [x[pivot], x[col]];
    }
    for (let row = col + 1; row < n; row++) {
      const factor = m[row * n + col] / m[col * n + col];
      for (let k = col; k < n; k++) m[row * n + k] -= factor * m[col * n + k];
      x[row] -= factor * x[col];
    }
  }
  for (let row = n - 1; row >= 0; row--) {
    let sum = x[row];
    for (let k = row + 1; k < n; k++) sum -= m[row * n + k] * x[k];
    x[row] = sum / m[row * n + row];
  }
  return x;
}
