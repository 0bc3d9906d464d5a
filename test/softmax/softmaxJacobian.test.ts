import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { softmaxJacobian, softmaxVjp } from "../../src/softmax/softmaxJacobian";
import { naiveSoftmax } from "./highPrecision";

const logitVector = fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 6 });

/**
 * ∂yᵢ/∂xⱼ by central differences of the 50-digit softmax: an independent Jacobian, accurate to
 * about h² ≈ 1e−10 (the high-precision softmax removes the rounding term of a double one).
 */
function finiteDifferenceJacobian(logits: number[], h = 1e-5): number[][] {
  const n = logits.length;
  const columns = logits.map((_, j) => {
    const plus = naiveSoftmax(logits.map((x, k) => (k === j ? x + h : x)));
    const minus = naiveSoftmax(logits.map((x, k) => (k === j ? x - h : x)));
    return plus.map((p, i) => (p - minus[i]) / (2 * h));
  });
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => columns[j][i]));
}

describe("softmaxJacobian", () => {
  it("equals diag(y) − yyᵀ for PyTorch's softmax([1, 2, 3])", () => {
    const y = [0.09003057317038046, 0.24472847105479767, 0.6652409557748219];
    const jacobian = softmaxJacobian([1, 2, 3]);
    expect([jacobian.rows, jacobian.cols]).toEqual([3, 3]);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        expect(jacobian.data[i * 3 + j]).toBeCloseTo((i === j ? y[i] : 0) - y[i] * y[j], 15);
      }
    }
  });

  it("matches a finite-difference Jacobian of the softmax, is symmetric, and its rows sum to 0", () => {
    fc.assert(
      fc.property(logitVector, (logits) => {
        const n = logits.length;
        const { data } = softmaxJacobian(logits);
        const numeric = finiteDifferenceJacobian(logits);
        for (let i = 0; i < n; i++) {
          let rowSum = 0;
          for (let j = 0; j < n; j++) {
            expect(Math.abs(data[i * n + j] - numeric[i][j])).toBeLessThan(1e-9);
            expect(data[i * n + j]).toBe(data[j * n + i]);
            rowSum += data[i * n + j];
          }
          // softmax(x + c·1) = softmax(x), so J·1 = 0
          expect(Math.abs(rowSum)).toBeLessThan(1e-15);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe("softmaxVjp", () => {
  it("equals Jᵀv for the finite-difference Jacobian J, and the dense Jacobian's product", () => {
    fc.assert(
      fc.property(
        logitVector.chain((logits) =>
          fc.tuple(
            fc.constant(logits),
            fc.array(fc.double({ min: -3, max: 3, noNaN: true }), {
              minLength: logits.length,
              maxLength: logits.length,
            }),
          ),
        ),
        ([logits, upstream]) => {
          const n = logits.length;
          const vjp = softmaxVjp(logits, upstream);
          const numeric = finiteDifferenceJacobian(logits);
          const dense = softmaxJacobian(logits).data;
          for (let j = 0; j < n; j++) {
            let numericProduct = 0;
            let denseProduct = 0;
            for (let i = 0; i < n; i++) {
              numericProduct += numeric[i][j] * upstream[i];
              denseProduct += dense[i * n + j] * upstream[i];
            }
            expect(Math.abs(vjp[j] - numericProduct)).toBeLessThan(1e-8);
            expect(Math.abs(vjp[j] - denseProduct)).toBeLessThan(1e-14);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it("gives 0 for an upstream gradient along 1 (the direction softmax ignores)", () => {
    expect(Array.from(softmaxVjp([0.3, -2, 4], [5, 5, 5]), (g) => Math.abs(g) < 1e-15)).toEqual([true, true, true]);
  });

  it("stays finite at |x| = 1000, propagates NaN and checks the lengths", () => {
    const atLarge = softmaxVjp([1000, -1000, 999], [1, 0, 0]);
    expect(Array.from(atLarge).every(Number.isFinite)).toBe(true);
    const y0 = 1 / (1 + Math.exp(-1)); // softmax([1000, −1000, 999])₀ = σ(1)
    expect(atLarge[0]).toBeCloseTo(y0 * (1 - y0), 15);
    expect(Array.from(softmaxVjp([0, Number.NaN], [1, 0])).every(Number.isNaN)).toBe(true);
    expect(Array.from(softmaxVjp([0, 1], [Number.NaN, 0])).every(Number.isNaN)).toBe(true);
    expect(() => softmaxVjp([1, 2, 3], [1, 2])).toThrow(/gradient has length 2, expected 3/);
  });
});
