import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng, matmul, matmulTransposeA, matmulTransposeB, matrix, transpose, type Matrix } from "../../src/index";

describe("transposed products", () => {
  it("equal matmul with an explicit transpose", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.nat(),
        (n, p, q, seed) => {
          const rng = createRng(seed);
          const a = matrix(n, p, rng.normals(n * p));
          const b = matrix(n, q, rng.normals(n * q));
          const c = matrix(q, p, rng.normals(q * p));
          const close = (x: Matrix, y: Matrix) => x.data.forEach((v, i) => expect(v).toBeCloseTo(y.data[i], 12));
          close(matmulTransposeA(a, b), matmul(transpose(a), b));
          close(matmulTransposeB(a, c), matmul(a, transpose(c)));
        },
      ),
    );
  });
});
