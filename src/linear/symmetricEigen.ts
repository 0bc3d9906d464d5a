/**
 * Eigenvalues and eigenvectors of a symmetric matrix by the cyclic Jacobi method (Jacobi 1846;
 * Golub & Van Loan §8.5): each rotation zeroes one off-diagonal pair; sweeps repeat until the
 * off-diagonal mass is negligible. Converges quadratically and gives orthonormal eigenvectors.
 */
import { matrix, type Matrix } from "./matrix";

const MAX_SWEEPS = 60;

export interface SymmetricEigen {
  /** Eigenvalues in increasing order (numpy.linalg.eigh's order). */
  readonly values: Float64Array;
  /** Column j is the unit eigenvector for values[j]: A = V·diag(values)·Vᵀ. */
  readonly vectors: Matrix;
}

function checkSymmetric(m: Matrix): void {
  if (m.rows !== m.cols) throw new Error(`symmetricEigen: matrix must be square, got ${m.rows}×${m.cols}`);
  const n = m.rows;
  let scale = 0;
  for (const value of m.data) scale = Math.max(scale, Math.abs(value));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const difference = Math.abs(m.data[i * n + j] - m.data[j * n + i]);
      if (difference > 1e-10 * scale) {
        throw new Error(
          `symmetricEigen: matrix is not symmetric: entry (${i}, ${j}) = ${m.data[i * n + j]} but (${j}, ${i}) = ${m.data[j * n + i]}`,
        );
      }
    }
  }
}

/** Rotates columns p and q of the n×n row-major `data` by (c, s), and rows too when `rowsToo`. */
function rotate(data: Float64Array, n: number, p: number, q: number, c: number, s: number, rowsToo: boolean): void {
  for (let k = 0; k < n; k++) {
    const kp = data[k * n + p];
    const kq = data[k * n + q];
    data[k * n + p] = c * kp - s * kq;
    data[k * n + q] = s * kp + c * kq;
  }
  if (!rowsToo) return;
  for (let k = 0; k < n; k++) {
    const pk = data[p * n + k];
    const qk = data[q * n + k];
    data[p * n + k] = c * pk - s * qk;
    data[q * n + k] = s * pk + c * qk;
  }
}

export function symmetricEigen(m: Matrix): SymmetricEigen {
  checkSymmetric(m);
  const n = m.rows;
  const a = Float64Array.from(m.data);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let frobeniusSquared = 0;
  for (const value of a) frobeniusSquared += value * value;

  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let offDiagonalSquared = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) offDiagonalSquared += 2 * a[i * n + j] ** 2;
    if (offDiagonalSquared <= (Number.EPSILON * Number.EPSILON * frobeniusSquared) / 4) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (apq === 0) continue;
        // cot 2φ = (a_qq − a_pp) / 2a_pq; t = tan φ, the smaller root, keeps the rotation small.
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.hypot(1, theta));
        const c = 1 / Math.hypot(1, t);
        const s = c * t;
        rotate(a, n, p, q, c, s, true);
        a[p * n + q] = 0; // exactly zero by construction; rounding would leave ~ε
        a[q * n + p] = 0;
        rotate(v, n, p, q, c, s, false);
      }
    }
  }

  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[i * n + i] - a[j * n + j]);
  const values = Float64Array.from(order, (i) => a[i * n + i]);
  const vectors = matrix(n, n);
  order.forEach((from, to) => {
    for (let k = 0; k < n; k++) vectors.data[k * n + to] = v[k * n + from];
  });
  return { values, vectors };
}

/** The eigenvalues of a symmetric matrix, increasing. */
export function symmetricEigenvalues(m: Matrix): Float64Array {
  return symmetricEigen(m).values;
}
