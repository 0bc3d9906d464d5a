import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromRows, identityMatrix, matmul, matrix, transpose } from "../../src/linear/matrix";
import { rank, singularValues } from "../../src/linear/singularValues";
import { createRng } from "../../src/numerics/random";

const randomMatrix = (seed: number, rows: number, cols: number) =>
  matrix(rows, cols, createRng(seed).normals(rows * cols));

/** A rows×cols matrix of rank exactly r (almost surely): a product through an r-wide bottleneck. */
const lowRank = (seed: number, rows: number, cols: number, r: number) =>
  matmul(randomMatrix(seed, rows, r), randomMatrix(seed + 1, r, cols));

describe("singular values (one-sided Jacobi)", () => {
  it("are the known ones for a diagonal matrix and for [[3, 0], [4, 5]] (√45 and √5)", () => {
    expect(Array.from(singularValues(fromRows([[0, 0, 2], [0, -3, 0]])))).toEqual([3, 2]); // prettier-ignore
    const values = singularValues(fromRows([[3, 0], [4, 5]])); // prettier-ignore
    expect(values[0]).toBeCloseTo(Math.sqrt(45), 14);
    expect(values[1]).toBeCloseTo(Math.sqrt(5), 14);
  });

  it("have squares summing to the squared Frobenius norm, and agree for A and Aᵀ", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 7 }),
        (seed, rows, cols) => {
          const m = randomMatrix(seed, rows, cols);
          const values = singularValues(m);
          const frobenius = m.data.reduce((sum, v) => sum + v * v, 0);
          expect(values.reduce((sum, v) => sum + v * v, 0)).toBeCloseTo(frobenius, 9);
          singularValues(transpose(m)).forEach((value, i) => expect(value).toBeCloseTo(values[i], 12));
        },
      ),
    );
  });
});

describe("numerical rank", () => {
  it("is full for the identity, 0 for zeros, and 1 for an outer product", () => {
    expect(rank(identityMatrix(5))).toBe(5);
    expect(rank(matrix(3, 4))).toBe(0);
    expect(rank(fromRows([[1, 2, 3], [2, 4, 6], [-1, -2, -3]]))).toBe(1); // prettier-ignore
  });

  it("of a product through an r-wide bottleneck is r, and never more than either factor's rank", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 1, max: 4 }),
        (seed, rows, inner, cols, bottleneck) => {
          const a = lowRank(seed, rows, inner, bottleneck);
          const b = lowRank(seed + 7, inner, cols, bottleneck + 1);
          const product = matmul(a, b);
          expect(rank(product)).toBeLessThanOrEqual(Math.min(rank(a), rank(b)));
          expect(rank(a)).toBe(Math.min(rows, inner, bottleneck));
        },
      ),
    );
  });

  it("depth does not raise rank: a deep linear stack with one narrow layer keeps that width's rank", () => {
    const widths = [6, 6, 2, 6, 6, 6];
    const layers = widths.slice(1).map((outputs, i) => randomMatrix(100 + i, outputs, widths[i]));
    const product = layers.reduce((combined, layer) => matmul(layer, combined), identityMatrix(6));
    expect(rank(product)).toBe(2);
  });
});
