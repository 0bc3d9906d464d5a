import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gluForward } from "../../src/blocks/glu";
import { gluSplit, splitColumns } from "../../src/blocks/gluSplit";
import { identityMatrix, matmul, matrix } from "../../src/linear/matrix";
import { createRng } from "../../src/numerics/random";

const logistic = (z: number) => 1 / (1 + Math.exp(-z)); // written out, not the core's sigmoid

describe("F.glu's split form (gluSplit)", () => {
  it("returns a·σ(b) for a row [a ‖ b]: a hand-checked example", () => {
    const out = gluSplit(matrix(1, 4, [2, -1, 0, Math.log(3)]));
    expect(out.cols).toBe(2);
    expect(out.data[0]).toBeCloseTo(2 * 0.5, 15); // σ(0) = ½
    expect(out.data[1]).toBeCloseTo(-1 * 0.75, 15); // σ(ln 3) = 3/4
  });

  it("splitColumns keeps every entry: left and right halves side by side give the matrix back", () => {
    const m = matrix(3, 6, createRng(1).normals(18));
    const { left, right } = splitColumns(m);
    const rejoined = Array.from({ length: 3 }, (_, i) => [
      ...left.data.subarray(i * 3, i * 3 + 3),
      ...right.data.subarray(i * 3, i * 3 + 3),
    ]).flat();
    expect(rejoined).toEqual(Array.from(m.data));
  });

  it("is the two-projection GLU with W = right half, V = left half, for any shapes and weights", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.nat(), (d, h, seed) => {
        const rng = createRng(seed);
        const [x, wide] = [matrix(3, d, rng.normals(3 * d)), matrix(d, 2 * h, rng.normals(2 * d * h))];
        const { left, right } = splitColumns(wide);
        const zeros = new Float64Array(h);
        const params = { w: right, b: zeros, v: left, c: zeros, w2: identityMatrix(h) };
        const twoProjections = gluForward("glu", params, x).data;
        const split = gluSplit(matmul(x, wide)).data;
        split.forEach((value, k) => expect(value).toBeCloseTo(twoProjections[k], 12));
        // and each entry is a·σ(b) of its own row of xM, written out
        const z = matmul(x, wide);
        split.forEach((value, k) => {
          const [row, j] = [Math.floor(k / h), k % h];
          const [a, b] = [z.data[row * 2 * h + j], z.data[row * 2 * h + h + j]];
          expect(value).toBeCloseTo(a * logistic(b), 12);
        });
      }),
      { numRuns: 50 },
    );
  });

  it("refuses an odd width, saying why", () => {
    expect(() => gluSplit(matrix(1, 3))).toThrow(/even width; got 3 columns/);
    expect(() => splitColumns(matrix(2, 5))).toThrow(/5 columns cannot be split in half/);
  });
});
