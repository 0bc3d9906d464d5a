import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logSoftmax, logSumExp, softmax } from "../../src/softmax/softmax";
import { naiveLogSoftmax, naiveLogSumExp, naiveSoftmax } from "./highPrecision";

const logitVector = (limit: number) =>
  fc.array(fc.double({ min: -limit, max: limit, noNaN: true }), { minLength: 1, maxLength: 8 });

/** |a − b| within `relative` of |b|, or within `absolute` (for values near 0). */
function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, relative: number, absolute = 0): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i] - expected[i])).toBeLessThanOrEqual(relative * Math.abs(expected[i]) + absolute);
  }
}

describe("softmax", () => {
  it("matches PyTorch's torch.softmax(torch.tensor([1., 2., 3.]), 0) (float64)", () => {
    expectClose(softmax([1, 2, 3]), [0.09003057317038046, 0.24472847105479767, 0.6652409557748219], 1e-15);
  });

  it("equals the naive formula evaluated in 50-digit arithmetic, for logits up to |x| = 1000", () => {
    fc.assert(
      fc.property(logitVector(1000), (logits) => expectClose(softmax(logits), naiveSoftmax(logits), 1e-13, 1e-300)),
    );
  });

  it("sums to 1 and lies in [0, 1]", () => {
    fc.assert(
      fc.property(logitVector(1000), (logits) => {
        const y = softmax(logits);
        expect(Math.abs(y.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(8 * Number.EPSILON);
        for (const p of y) expect(p >= 0 && p <= 1).toBe(true);
      }),
    );
  });

  it("is shift-invariant: the stable form agrees with the naive double formula where that does not overflow", () => {
    const naiveDouble = (xs: number[]) => {
      const e = xs.map(Math.exp);
      const sum = e.reduce((a, b) => a + b, 0);
      return e.map((v) => v / sum);
    };
    fc.assert(
      fc.property(logitVector(20), fc.double({ min: -500, max: 500, noNaN: true }), (logits, shift) => {
        expectClose(softmax(logits), naiveDouble(logits), 1e-13, 1e-300);
        // shifting by c changes the rounding of x + c, by at most |c|·ε in each logit
        const shifted = softmax(logits.map((x) => x + shift));
        expectClose(shifted, naiveDouble(logits), 1e-13 + 4 * Math.abs(shift) * Number.EPSILON, 1e-300);
      }),
    );
    // where the naive formula overflows (e^1000 = Infinity, Infinity/Infinity = NaN), the stable one does not
    expect(naiveDouble([1000, 999])[0]).toBeNaN();
    expectClose(softmax([1000, 999]), softmax([1, 0]), 1e-15);
  });

  it("stays finite at |x| = 1000 and propagates NaN", () => {
    expectClose(softmax([1000, -1000, 0]), [1, 0, 0], 0, 1e-300);
    expect(Array.from(softmax([1, Number.NaN, 3])).every(Number.isNaN)).toBe(true);
  });

  it("divides by the temperature first: softmax(x, T) = softmax(x / T)", () => {
    fc.assert(
      fc.property(logitVector(50), fc.double({ min: 0.05, max: 20, noNaN: true }), (logits, temperature) =>
        expectClose(softmax(logits, temperature), naiveSoftmax(logits.map((x) => x / temperature)), 1e-12, 1e-300),
      ),
    );
    expect(() => softmax([1, 2], 0)).toThrow(/temperature must be a finite number > 0, got 0/);
    expect(() => softmax([1, 2], Infinity)).toThrow(/temperature/);
    expect(() => softmax([])).toThrow(/softmax needs at least one value/);
  });
});

describe("logSumExp", () => {
  it("equals log Σ exp(x) in 50-digit arithmetic, for logits up to |x| = 1000", () => {
    fc.assert(
      fc.property(logitVector(1000), (logits) => {
        const exact = naiveLogSumExp(logits);
        expect(Math.abs(logSumExp(logits) - exact)).toBeLessThanOrEqual(4e-16 * Math.max(1, Math.abs(exact)));
      }),
    );
    expect(logSumExp([1000, 1000])).toBe(1000 + Math.LN2);
  });

  it("lies between max x and max x + log n", () => {
    fc.assert(
      fc.property(logitVector(1000), (logits) => {
        const max = Math.max(...logits);
        const value = logSumExp(logits);
        expect(value).toBeGreaterThanOrEqual(max);
        expect(value).toBeLessThanOrEqual(max + Math.log(logits.length) + 1e-12 * Math.max(1, Math.abs(max)));
      }),
    );
  });

  it("returns the infinite maximum, propagates NaN, and refuses an empty vector", () => {
    expect(logSumExp([-Infinity, -Infinity])).toBe(-Infinity);
    expect(logSumExp([3, Infinity])).toBe(Infinity);
    expect(logSumExp([1, Number.NaN])).toBeNaN();
    expect(() => logSumExp([])).toThrow(/logSumExp needs at least one value/);
  });
});

describe("logSoftmax", () => {
  it("equals x − log Σ exp(x) in 50-digit arithmetic", () => {
    fc.assert(
      fc.property(logitVector(1000), (logits) =>
        expectClose(logSoftmax(logits), naiveLogSoftmax(logits), 1e-15, 1e-13),
      ),
    );
  });

  it("is finite where log(softmax(x)) is log 0 = −Infinity", () => {
    expect(Math.log(softmax([0, -1000])[1])).toBe(-Infinity);
    expect(logSoftmax([0, -1000])[1]).toBe(-1000);
  });

  it("propagates NaN", () => {
    expect(Array.from(logSoftmax([0, Number.NaN])).every(Number.isNaN)).toBe(true);
  });
});
