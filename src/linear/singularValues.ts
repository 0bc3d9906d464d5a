/**
 * Singular values by one-sided Jacobi (Hestenes 1958): rotate pairs of vectors until all are
 * mutually orthogonal; their lengths are then the singular values. Slower than Golub–Kahan but
 * short, and accurate even for tiny singular values, which is what a numerical rank needs.
 */
import type { Matrix } from "./matrix";
import { transpose } from "./matrix";

const MAX_SWEEPS = 60;

/** Singular values of `m`, largest first (min(rows, cols) of them). */
export function singularValues(m: Matrix): Float64Array {
  // Orthogonalise the rows of whichever of m, mᵀ has fewer rows: the same singular values, fewer pairs,
  // and rows are contiguous in row-major storage.
  const work = m.rows <= m.cols ? Float64Array.from(m.data) : Float64Array.from(transpose(m).data);
  const count = Math.min(m.rows, m.cols);
  const length = Math.max(m.rows, m.cols);
  const dot = (p: number, q: number): number => {
    let sum = 0;
    for (let k = 0; k < length; k++) sum += work[p * length + k] * work[q * length + k];
    return sum;
  };
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let rotated = false;
    for (let p = 0; p < count - 1; p++) {
      for (let q = p + 1; q < count; q++) {
        const alpha = dot(p, p);
        const beta = dot(q, q);
        const gamma = dot(p, q);
        if (Math.abs(gamma) <= Number.EPSILON * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        // The rotation angle that makes rows p and q orthogonal (the smaller of the two solutions).
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.hypot(1, zeta));
        const c = 1 / Math.hypot(1, t);
        const s = c * t;
        for (let k = 0; k < length; k++) {
          const up = work[p * length + k];
          const uq = work[q * length + k];
          work[p * length + k] = c * up - s * uq;
          work[q * length + k] = s * up + c * uq;
        }
      }
    }
    if (!rotated) break;
  }
  return Float64Array.from({ length: count }, (_, p) => Math.sqrt(dot(p, p))).sort((a, b) => b - a);
}

/**
 * The numerical rank: how many singular values exceed `tolerance`. The default is
 * numpy.linalg.matrix_rank's, σ_max · max(rows, cols) · ε: rounding alone cannot make a zero
 * singular value larger than about that.
 */
export function rank(m: Matrix, tolerance?: number): number {
  const values = singularValues(m);
  const threshold = tolerance ?? (values[0] ?? 0) * Math.max(m.rows, m.cols) * Number.EPSILON;
  return values.filter((value) => value > threshold).length;
}
