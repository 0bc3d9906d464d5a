/** Dense row-major matrices over Float64Array: element (i, j) lives at data[i * cols + j]. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** A rows×cols matrix of zeros, or wrapping `data` (which must have rows·cols entries). */
export function matrix(rows: number, cols: number, data?: ArrayLike<number>): Matrix {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new Error(`matrix: rows and cols must be non-negative integers, got ${rows}×${cols}`);
  }
  if (data !== undefined && data.length !== rows * cols) {
    throw new Error(`matrix: ${rows}×${cols} needs ${rows * cols} values, got ${data.length}`);
  }
  return { rows, cols, data: data === undefined ? new Float64Array(rows * cols) : Float64Array.from(data) };
}

/** Builds a matrix from nested rows, e.g. fromRows([[1, 2], [3, 4]]). */
export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const cols = rows[0]?.length ?? 0;
  rows.forEach((row, i) => {
    if (row.length !== cols)
      throw new Error(`fromRows: row ${i} has ${row.length} values, expected ${cols} (row 0's length)`);
  });
  return matrix(rows.length, cols, rows.flat());
}

/** The matrix as nested arrays, for display. */
export function toRows(m: Matrix): number[][] {
  return Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
}

export function identityMatrix(n: number): Matrix {
  const m = matrix(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

export function transpose(m: Matrix): Matrix {
  const result = matrix(m.cols, m.rows);
  for (let i = 0; i < m.rows; i++) {
    for (let j = 0; j < m.cols; j++) result.data[j * m.rows + i] = m.data[i * m.cols + j];
  }
  return result;
}

/**
 * C = A·B. The i-k-j loop order walks B and C along rows, so the inner loop is a contiguous
 * axpy that V8 keeps in registers; the textbook i-j-k order strides down B's columns instead.
 */
export function matmul(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) {
    throw new Error(`matmul: inner dimensions differ: ${a.rows}×${a.cols} times ${b.rows}×${b.cols}`);
  }
  const { rows } = a;
  const inner = a.cols;
  const cols = b.cols;
  const out = new Float64Array(rows * cols);
  const aData = a.data;
  const bData = b.data;
  for (let i = 0; i < rows; i++) {
    const outRow = i * cols;
    for (let k = 0; k < inner; k++) {
      const aik = aData[i * inner + k];
      const bRow = k * cols;
      for (let j = 0; j < cols; j++) out[outRow + j] += aik * bData[bRow + j];
    }
  }
  return { rows, cols, data: out };
}

/** y = A·x. */
export function matVec(a: Matrix, x: ArrayLike<number>): Float64Array {
  if (x.length !== a.cols)
    throw new Error(`matVec: vector has length ${x.length}, expected ${a.cols} (the matrix's columns)`);
  const y = new Float64Array(a.rows);
  for (let i = 0; i < a.rows; i++) {
    let sum = 0;
    for (let j = 0; j < a.cols; j++) sum += a.data[i * a.cols + j] * x[j];
    y[i] = sum;
  }
  return y;
}
