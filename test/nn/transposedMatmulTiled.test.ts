import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matmulTransposeATiled, matmulTransposeBTiled } from "../../src/nn/transposedMatmulTiled";
import { createRng, matmul, matmulTransposeA, matmulTransposeB, matrix, transpose } from "../../src/index";

// Shapes from 1 to 11 cover full 4×4 tiles, the edges beside them, and matrices with no full tile.
const size = fc.integer({ min: 1, max: 11 });
const randomMatrix = (rows: number, cols: number, seed: number) =>
  matrix(rows, cols, createRng(seed).normals(rows * cols));
const sameBits = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

describe("matmulTransposeATiled", () => {
  it("equals the plain Aᵀ·B bit for bit, and transpose(A)·B to rounding", () => {
    fc.assert(
      fc.property(size, size, size, fc.nat(), (n, p, q, seed) => {
        const a = randomMatrix(n, p, seed);
        const b = randomMatrix(n, q, seed + 1);
        const tiled = matmulTransposeATiled(a, b);
        expect([tiled.rows, tiled.cols]).toEqual([p, q]);
        expect(sameBits(tiled.data, matmulTransposeA(a, b).data)).toBe(true);
        const viaTranspose = matmul(transpose(a), b).data;
        tiled.data.forEach((value, i) => expect(value).toBeCloseTo(viaTranspose[i], 12));
      }),
    );
  });

  it("keeps the plain loop's result where it skips zeros (a ReLU layer's input)", () => {
    const a = matrix(
      6,
      5,
      Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? 0 : i - 15)),
    );
    const b = randomMatrix(6, 7, 3);
    expect(sameBits(matmulTransposeATiled(a, b).data, matmulTransposeA(a, b).data)).toBe(true);
  });

  it("names both shapes when the row counts differ", () => {
    expect(() => matmulTransposeATiled(matrix(3, 2), matrix(4, 2))).toThrow(/Aᵀ is 2×3, B is 4×2/);
  });
});

describe("matmulTransposeBTiled", () => {
  it("equals the plain A·Bᵀ bit for bit, and A·transpose(B) to rounding", () => {
    fc.assert(
      fc.property(size, size, size, fc.nat(), (n, p, q, seed) => {
        const a = randomMatrix(n, p, seed);
        const b = randomMatrix(q, p, seed + 1);
        const tiled = matmulTransposeBTiled(a, b);
        expect([tiled.rows, tiled.cols]).toEqual([n, q]);
        expect(sameBits(tiled.data, matmulTransposeB(a, b).data)).toBe(true);
        const viaTranspose = matmul(a, transpose(b)).data;
        tiled.data.forEach((value, i) => expect(value).toBeCloseTo(viaTranspose[i], 12));
      }),
    );
  });

  it("names both shapes when the column counts differ", () => {
    expect(() => matmulTransposeBTiled(matrix(3, 2), matrix(3, 4))).toThrow(/A is 3×2, Bᵀ is 4×3/);
  });
});
