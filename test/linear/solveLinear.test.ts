import fc from "fast-check";
import { expect, it } from "vitest";
import { fromRows, matrix, matVec } from "../../src/linear/matrix";
import { solveLinear } from "../../src/linear/solveLinear";
import { createRng } from "../../src/numerics/random";

it("solves A·x = b: multiplying the solution back gives b, for random well-conditioned systems", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 8 }), (seed, n) => {
      const rng = createRng(seed);
      // A random matrix plus n·I is diagonally dominant in expectation, so well conditioned.
      const a = matrix(
        n,
        n,
        rng.normals(n * n).map((v, i) => v + (i % (n + 1) === 0 ? n : 0)),
      );
      const b = rng.normals(n);
      matVec(a, solveLinear(a, b)).forEach((value, i) => expect(value).toBeCloseTo(b[i], 11));
    }),
  );
});

it("needs pivoting for [[0, 1], [1, 0]] and says so when the matrix is singular", () => {
  expect(Array.from(solveLinear(fromRows([[0, 1], [1, 0]]), [2, 3]))).toEqual([3, 2]); // prettier-ignore
  expect(() => solveLinear(fromRows([[1, 2], [2, 4]]), [1, 1])).toThrow(/singular/); // prettier-ignore
});
