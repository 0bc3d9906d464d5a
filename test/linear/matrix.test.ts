import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng, fromRows, identityMatrix, matmul, matrix, matVec, toRows, transpose } from "../../src/index";
import type { Matrix } from "../../src/index";

/** The textbook definition, written independently of the tiled kernel: C[i][j] = Σₖ A[i][k]·B[k][j], k in order. */
function referenceProduct(a: Matrix, b: Matrix): number[][] {
  const rowsA = toRows(a);
  const rowsB = toRows(b);
  return rowsA.map((row) =>
    Array.from({ length: b.cols }, (_, j) => row.reduce((sum, aik, k) => sum + aik * rowsB[k][j], 0)),
  );
}

const shape = fc.integer({ min: 0, max: 11 });

describe("matmul", () => {
  it("equals the definition bit for bit on every shape, tile edges included", () => {
    fc.assert(
      fc.property(shape, shape, shape, fc.integer({ min: 1, max: 2 ** 31 }), (rows, inner, cols, seed) => {
        const rng = createRng(seed);
        const a = matrix(rows, inner, rng.normals(rows * inner));
        const b = matrix(inner, cols, rng.normals(inner * cols));
        const product = matmul(a, b);
        expect([product.rows, product.cols]).toEqual([rows, cols]);
        expect(toRows(product)).toEqual(referenceProduct(a, b));
      }),
      { numRuns: 200 },
    );
  });

  it("is associative up to rounding and has the identity as neutral element", () => {
    const rng = createRng(7);
    const [a, b, c] = [matrix(9, 6, rng.normals(54)), matrix(6, 13, rng.normals(78)), matrix(13, 5, rng.normals(65))];
    const left = matmul(matmul(a, b), c).data;
    const right = matmul(a, matmul(b, c)).data;
    left.forEach((value, i) => expect(value).toBeCloseTo(right[i], 10));
    expect(matmul(identityMatrix(9), a).data).toEqual(a.data);
    expect(matmul(a, identityMatrix(6)).data).toEqual(a.data);
  });

  it("propagates NaN and Infinity (no shortcut skips a zero)", () => {
    const product = matmul(fromRows([[0, 1]]), fromRows([[Infinity], [2]]));
    expect(product.data[0]).toBeNaN(); // 0·∞ is NaN
  });

  it("names the mismatched shapes", () => {
    expect(() => matmul(matrix(2, 3), matrix(2, 3))).toThrow("matmul: inner dimensions differ: 2×3 times 2×3");
  });
});

describe("transpose, matVec and constructors", () => {
  it("transposes twice to the original and agrees with matmul for vectors", () => {
    const rng = createRng(3);
    const a = matrix(5, 7, rng.normals(35));
    expect(transpose(transpose(a))).toEqual(a);
    expect(toRows(transpose(a))[2][4]).toBe(toRows(a)[4][2]);
    const x = rng.normals(7);
    expect(Array.from(matVec(a, x))).toEqual(Array.from(matmul(a, matrix(7, 1, x)).data));
  });

  it("rejects inconsistent shapes with a message that says what was expected", () => {
    expect(() => matrix(2, 2, [1, 2, 3])).toThrow("matrix: 2×2 needs 4 values, got 3");
    expect(() => fromRows([[1, 2], [3]])).toThrow("fromRows: row 1 has 1 values, expected 2");
    expect(() => matVec(matrix(2, 3), [1, 2])).toThrow("matVec: vector has length 2, expected 3");
  });
});
