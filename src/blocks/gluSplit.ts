/**
 * PyTorch's `F.glu(z, dim=-1)`: split each row of z in half, z = [a ‖ b], and return a ⊗ σ(b).
 * Applied to z = xM with one d×2h matrix M = [M_L ‖ M_R], it is the two-projection GLU
 * σ(xW) ⊗ xV with W = M_R and V = M_L (column j of xM reads only column j of M), computed with one
 * matrix product instead of two. Seed note 002 uses this form: y = x[:, :d] * sigmoid(x[:, d:]).
 */
import { matrix, type Matrix } from "../linear/matrix";
import { sigmoid } from "../numerics/logistic";

/** The left and right halves of a matrix's columns (a d×2h matrix gives two d×h ones). */
export function splitColumns(m: Matrix): { readonly left: Matrix; readonly right: Matrix } {
  if (m.cols % 2 !== 0)
    throw new Error(`splitColumns: a matrix with ${m.cols} columns cannot be split in half; give an even number`);
  const half = m.cols / 2;
  const [left, right] = [matrix(m.rows, half), matrix(m.rows, half)];
  for (let i = 0; i < m.rows; i++)
    for (let j = 0; j < half; j++) {
      left.data[i * half + j] = m.data[i * m.cols + j];
      right.data[i * half + j] = m.data[i * m.cols + half + j];
    }
  return { left, right };
}

/** F.glu on the last dimension: row by row, the first half times σ of the second half. */
export function gluSplit(z: Matrix): Matrix {
  if (z.cols % 2 !== 0)
    throw new Error(`gluSplit: F.glu halves the last dimension, so it needs an even width; got ${z.cols} columns`);
  const { left: a, right: b } = splitColumns(z);
  return { ...a, data: a.data.map((value, k) => value * sigmoid(b.data[k])) };
}
