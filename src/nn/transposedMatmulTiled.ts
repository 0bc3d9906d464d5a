/**
 * Fast twins of the two products in ./transposedMatmul.ts (dW = Xᵀ·G and dX = G·Wᵀ), which take
 * most of a training step on Fashion-MNIST (784 inputs, see `npm run bench`). Each computes C in
 * 4×4 tiles held in 16 local variables that V8 keeps in registers, so every value loaded from
 * memory is used four times instead of once. Each entry is still the same sum taken in the same
 * order, starting from +0, so the results equal the plain definitions bit for bit (the property test
 * in test/nn/transposedMatmulTiled.test.ts checks exactly that).
 */
import type { Matrix } from "../linear/matrix";

/** Aᵀ·B for A n×p and B n×q (gives p×q): C[k, j] = Σᵢ A[i, k]·B[i, j], i = 0, 1, … in order. */
export function matmulTransposeATiled(a: Matrix, b: Matrix): Matrix {
  if (a.rows !== b.rows) {
    throw new Error(`matmulTransposeA: row counts differ: Aᵀ is ${a.cols}×${a.rows}, B is ${b.rows}×${b.cols}`);
  }
  const p = a.cols;
  const q = b.cols;
  const n = a.rows;
  const out = new Float64Array(p * q);
  const x = a.data;
  const y = b.data;
  const tiledP = p - (p % 4);
  const tiledQ = q - (q % 4);
  for (let k = 0; k < tiledP; k += 4) {
    for (let j = 0; j < tiledQ; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0; // prettier-ignore
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0; // prettier-ignore
      for (let i = 0; i < n; i++) {
        const at = i * p + k;
        const bt = i * q + j;
        const b0 = y[bt], b1 = y[bt + 1], b2 = y[bt + 2], b3 = y[bt + 3]; // prettier-ignore
        const a0 = x[at];
        c00 += a0 * b0;
        c01 += a0 * b1;
        c02 += a0 * b2;
        c03 += a0 * b3; // prettier-ignore
        const a1 = x[at + 1];
        c10 += a1 * b0;
        c11 += a1 * b1;
        c12 += a1 * b2;
        c13 += a1 * b3; // prettier-ignore
        const a2 = x[at + 2];
        c20 += a2 * b0;
        c21 += a2 * b1;
        c22 += a2 * b2;
        c23 += a2 * b3; // prettier-ignore
        const a3 = x[at + 3];
        c30 += a3 * b0;
        c31 += a3 * b1;
        c32 += a3 * b2;
        c33 += a3 * b3; // prettier-ignore
      }
      const o = k * q + j;
      out[o] = c00;
      out[o + 1] = c01;
      out[o + 2] = c02;
      out[o + 3] = c03; // prettier-ignore
      out[o + q] = c10;
      out[o + q + 1] = c11;
      out[o + q + 2] = c12;
      out[o + q + 3] = c13; // prettier-ignore
      const o2 = o + 2 * q;
      out[o2] = c20;
      out[o2 + 1] = c21;
      out[o2 + 2] = c22;
      out[o2 + 3] = c23; // prettier-ignore
      out[o2 + q] = c30;
      out[o2 + q + 1] = c31;
      out[o2 + q + 2] = c32;
      out[o2 + q + 3] = c33; // prettier-ignore
    }
  }
  // Entries outside the 4×4 tiles: plain sums in the same order.
  for (let k = 0; k < p; k++) {
    for (let j = k < tiledP ? tiledQ : 0; j < q; j++) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += x[i * p + k] * y[i * q + j];
      out[k * q + j] = sum;
    }
  }
  return { rows: p, cols: q, data: out };
}

/** A·Bᵀ for A n×p and B q×p (gives n×q): C[i, j] = Σₖ A[i, k]·B[j, k], k = 0, 1, … in order. */
export function matmulTransposeBTiled(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.cols) {
    throw new Error(`matmulTransposeB: column counts differ: A is ${a.rows}×${a.cols}, Bᵀ is ${b.cols}×${b.rows}`);
  }
  const inner = a.cols;
  const n = a.rows;
  const q = b.rows;
  const out = new Float64Array(n * q);
  const x = a.data;
  const y = b.data;
  const tiledN = n - (n % 4);
  const tiledQ = q - (q % 4);
  for (let i = 0; i < tiledN; i += 4) {
    const a0r = i * inner, a1r = a0r + inner, a2r = a1r + inner, a3r = a2r + inner; // prettier-ignore
    for (let j = 0; j < tiledQ; j += 4) {
      const b0r = j * inner, b1r = b0r + inner, b2r = b1r + inner, b3r = b2r + inner; // prettier-ignore
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0; // prettier-ignore
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0; // prettier-ignore
      for (let k = 0; k < inner; k++) {
        const b0 = y[b0r + k], b1 = y[b1r + k], b2 = y[b2r + k], b3 = y[b3r + k]; // prettier-ignore
        const a0 = x[a0r + k];
        c00 += a0 * b0;
        c01 += a0 * b1;
        c02 += a0 * b2;
        c03 += a0 * b3; // prettier-ignore
        const a1 = x[a1r + k];
        c10 += a1 * b0;
        c11 += a1 * b1;
        c12 += a1 * b2;
        c13 += a1 * b3; // prettier-ignore
        const a2 = x[a2r + k];
        c20 += a2 * b0;
        c21 += a2 * b1;
        c22 += a2 * b2;
        c23 += a2 * b3; // prettier-ignore
        const a3 = x[a3r + k];
        c30 += a3 * b0;
        c31 += a3 * b1;
        c32 += a3 * b2;
        c33 += a3 * b3; // prettier-ignore
      }
      const o = i * q + j;
      out[o] = c00;
      out[o + 1] = c01;
      out[o + 2] = c02;
      out[o + 3] = c03; // prettier-ignore
      out[o + q] = c10;
      out[o + q + 1] = c11;
      out[o + q + 2] = c12;
      out[o + q + 3] = c13; // prettier-ignore
      const o2 = o + 2 * q;
      out[o2] = c20;
      out[o2 + 1] = c21;
      out[o2 + 2] = c22;
      out[o2 + 3] = c23; // prettier-ignore
      out[o2 + q] = c30;
      out[o2 + q + 1] = c31;
      out[o2 + q + 2] = c32;
      out[o2 + q + 3] = c33; // prettier-ignore
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i < tiledN ? tiledQ : 0; j < q; j++) {
      let sum = 0;
      for (let k = 0; k < inner; k++) sum += x[i * inner + k] * y[j * inner + k];
      out[i * q + j] = sum;
    }
  }
  return { rows: n, cols: q, data: out };
}
