/**
 * The two products backpropagation needs, computed without materialising a transpose:
 * dW = Xᵀ·G and dX = G·Wᵀ. Kept here rather than in src/linear/matrix.ts so the core's matmul can be
 * optimised independently.
 */
import type { Matrix } from "../linear/matrix";

/** Aᵀ·B for A n×p and B n×q (gives p×q). The inner loop runs along rows of B and of the result. */
export function matmulTransposeA(a: Matrix, b: Matrix): Matrix {
  if (a.rows !== b.rows) {
    throw new Error(`matmulTransposeA: row counts differ: Aᵀ is ${a.cols}×${a.rows}, B is ${b.rows}×${b.cols}`);
  }
  const { cols: outRows } = a;
  const outCols = b.cols;
  const out = new Float64Array(outRows * outCols);
  const aData = a.data;
  const bData = b.data;
  for (let i = 0; i < a.rows; i++) {
    for (let k = 0; k < outRows; k++) {
      const aik = aData[i * outRows + k];
      if (aik === 0) continue; // ReLU layers feed many exact zeros; skipping them is free
      const outRow = k * outCols;
      const bRow = i * outCols;
      for (let j = 0; j < outCols; j++) out[outRow + j] += aik * bData[bRow + j];
    }
  }
  return { rows: outRows, cols: outCols, data: out };
}

/** A·Bᵀ for A n×p and B q×p (gives n×q): each entry is a dot product of two contiguous rows. */
export function matmulTransposeB(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.cols) {
    throw new Error(`matmulTransposeB: column counts differ: A is ${a.rows}×${a.cols}, Bᵀ is ${b.cols}×${b.rows}`);
  }
  const inner = a.cols;
  const out = new Float64Array(a.rows * b.rows);
  const aData = a.data;
  const bData = b.data;
  for (let i = 0; i < a.rows; i++) {
    const aRow = i * inner;
    for (let j = 0; j < b.rows; j++) {
      const bRow = j * inner;
      let sum = 0;
      for (let k = 0; k < inner; k++) sum += aData[aRow + k] * bData[bRow + k];
      out[i * b.rows + j] = sum;
    }
  }
  return { rows: a.rows, cols: b.rows, data: out };
}
