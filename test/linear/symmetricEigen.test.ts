import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromRows, matmul, matrix, transpose } from "../../src/linear/matrix";
import { symmetricEigen, symmetricEigenvalues } from "../../src/linear/symmetricEigen";
import { createRng } from "../../src/numerics/random";
import { softmaxJacobian } from "../../src/softmax/softmaxJacobian";

const randomSymmetric = (seed: number, n: number) => {
  const m = matrix(n, n, createRng(seed).normals(n * n));
  const mt = transpose(m);
  return matrix(
    n,
    n,
    m.data.map((value, i) => (value + mt.data[i]) / 2),
  );
};

describe("symmetric eigenvalues by Jacobi rotations", () => {
  it("of [[2, 1], [1, 2]] are 1 and 3, with eigenvectors (1, −1)/√2 and (1, 1)/√2", () => {
    const { values, vectors } = symmetricEigen(fromRows([[2, 1], [1, 2]])); // prettier-ignore
    expect(values[0]).toBeCloseTo(1, 15);
    expect(values[1]).toBeCloseTo(3, 15);
    expect(Math.abs(vectors.data[1])).toBeCloseTo(Math.SQRT1_2, 15); // second eigenvector's first entry
    expect(vectors.data[1]).toBeCloseTo(vectors.data[3], 15); // (1, 1) direction
  });

  it("sum to the trace, come out increasing, and rebuild A = V·diag(λ)·Vᵀ with orthonormal V", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 9 }), (seed, n) => {
        const a = randomSymmetric(seed, n);
        const { values, vectors } = symmetricEigen(a);
        const trace = Array.from({ length: n }, (_, i) => a.data[i * n + i]).reduce((s, v) => s + v, 0);
        expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(trace, 11);
        values.slice(1).forEach((value, i) => expect(value).toBeGreaterThanOrEqual(values[i]));
        const scaled = matrix(
          n,
          n,
          vectors.data.map((v, index) => v * values[index % n]),
        );
        const rebuilt = matmul(scaled, transpose(vectors));
        rebuilt.data.forEach((value, i) => expect(value).toBeCloseTo(a.data[i], 11));
        matmul(transpose(vectors), vectors).data.forEach((value, i) =>
          expect(value).toBeCloseTo(i % (n + 1) === 0 ? 1 : 0, 12),
        );
      }),
    );
  });

  it("show the softmax Jacobian is positive semi-definite with exactly one zero eigenvalue", () => {
    const values = symmetricEigenvalues(softmaxJacobian([0.5, -1, 2, 0, 1.5]));
    expect(Math.abs(values[0])).toBeLessThan(1e-15);
    values.slice(1).forEach((value) => expect(value).toBeGreaterThan(1e-3));
  });

  it("refuses a matrix that is not symmetric, naming the entries that differ", () => {
    expect(() => symmetricEigen(fromRows([[1, 2], [3, 4]]))).toThrow(/not symmetric: entry \(0, 1\) = 2 but \(1, 0\) = 3/); // prettier-ignore
  });
});
