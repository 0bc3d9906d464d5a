/**
 * Row-wise helpers for batches (one example per row), the pieces of a layer's forward and backward
 * pass: adding a bias to every row, summing rows into a bias gradient, and elementwise products.
 */
import { matrix, type Matrix } from "./matrix";

/** m + 1·vᵀ: adds `vector` to every row (broadcasting a bias over a batch). */
export function addToRows(m: Matrix, vector: ArrayLike<number>): Matrix {
  if (vector.length !== m.cols) throw new Error(`addToRows: vector has length ${vector.length}, expected ${m.cols}`);
  const result = matrix(m.rows, m.cols, m.data);
  for (let i = 0; i < m.rows; i++) for (let j = 0; j < m.cols; j++) result.data[i * m.cols + j] += vector[j];
  return result;
}

/** 1ᵀ·m: the sum of the rows, a vector of length cols (the gradient of a bias added to every row). */
export function sumRows(m: Matrix): Float64Array {
  const sums = new Float64Array(m.cols);
  for (let i = 0; i < m.rows; i++) for (let j = 0; j < m.cols; j++) sums[j] += m.data[i * m.cols + j];
  return sums;
}

/** a ⊙ b, the elementwise (Hadamard) product of two matrices of the same shape. */
export function hadamard(a: Matrix, b: Matrix): Matrix {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw new Error(`hadamard: shapes differ: ${a.rows}×${a.cols} and ${b.rows}×${b.cols}`);
  }
  return { rows: a.rows, cols: a.cols, data: a.data.map((value, i) => value * b.data[i]) };
}

/** A matrix of the same shape with `f` applied to every entry's data array (e.g. an activation's forward). */
export function mapData(m: Matrix, f: (data: Float64Array) => Float64Array): Matrix {
  const data = f(m.data);
  if (data.length !== m.data.length)
    throw new Error(`mapData: f returned ${data.length} values, expected ${m.data.length}`);
  return { rows: m.rows, cols: m.cols, data };
}
