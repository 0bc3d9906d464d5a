import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addToRows, hadamard, mapData, sumRows } from "../../src/linear/batch";
import { matrix } from "../../src/linear/matrix";

const m = matrix(2, 3, [1, 2, 3, 4, 5, 6]);

describe("batch helpers", () => {
  it("addToRows broadcasts a bias over every row and leaves the input alone", () => {
    expect(Array.from(addToRows(m, [10, 20, 30]).data)).toEqual([11, 22, 33, 14, 25, 36]);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(() => addToRows(m, [1, 2])).toThrow(/vector has length 2, expected 3/);
  });

  it("sumRows is 1ᵀm, the adjoint of addToRows: ⟨addToRows(0, v), G⟩ = ⟨v, sumRows(G)⟩", () => {
    expect(Array.from(sumRows(m))).toEqual([5, 7, 9]);
    const entries = fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(entries, fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 3, maxLength: 3 }), (g, v) => {
        const grad = matrix(2, 3, g);
        const broadcast = addToRows(matrix(2, 3, new Array(6).fill(0)), v);
        const left = broadcast.data.reduce((sum, value, i) => sum + value * grad.data[i], 0);
        const right = sumRows(grad).reduce((sum, value, j) => sum + value * v[j], 0);
        expect(left).toBe(right);
      }),
    );
  });

  it("hadamard multiplies entry by entry; mapData keeps the shape", () => {
    expect(Array.from(hadamard(m, m).data)).toEqual([1, 4, 9, 16, 25, 36]);
    expect(() => hadamard(m, matrix(3, 2, [1, 2, 3, 4, 5, 6]))).toThrow(/shapes differ: 2×3 and 3×2/);
    const doubled = mapData(m, (data) => data.map((x) => 2 * x));
    expect([doubled.rows, doubled.cols, doubled.data[5]]).toEqual([2, 3, 12]);
    expect(() => mapData(m, () => new Float64Array(2))).toThrow(/f returned 2 values, expected 6/);
  });
});
