import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fractionWhere,
  histogram,
  mean,
  median,
  quantile,
  sampleStd,
  sampleVariance,
  std,
  variance,
} from "../../src/math/stats";

const sample = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 50 });

describe("mean, variance and std", () => {
  it("match textbook values: {2,4,4,4,5,5,7,9} has mean 5, population std 2; {1,2,3,4} has sample variance 5/3", () => {
    const data = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(data)).toBe(5);
    expect(variance(data)).toBe(4);
    expect(std(data)).toBe(2);
    expect(sampleVariance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 15);
    expect(sampleStd([1, 2, 3, 4])).toBeCloseTo(Math.sqrt(5 / 3), 15);
  });

  it("variance is shift-invariant and scales by c², and sample variance = n/(n − 1) · population variance", () => {
    fc.assert(
      fc.property(sample, fc.double({ min: -100, max: 100, noNaN: true }), (values, c) => {
        const n = values.length;
        // Rounding in a sum of n squares of numbers up to `magnitude` is a few ε·n·magnitude².
        const magnitude = Math.max(...values.map(Math.abs)) + Math.abs(c);
        const tolerance = 1e-14 * n * magnitude ** 2 * (1 + Math.abs(c));
        expect(Math.abs(variance(values.map((v) => v + c)) - variance(values))).toBeLessThan(tolerance + 1e-300);
        expect(Math.abs(variance(values.map((v) => c * v)) - c * c * variance(values))).toBeLessThan(
          tolerance + 1e-300,
        );
        expect(sampleVariance(values)).toBeCloseTo((variance(values) * n) / (n - 1), 6);
      }),
    );
  });

  it("does not lose a small variance to a large mean (two-pass, not Σx² − n·x̄²)", () => {
    expect(variance([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBeCloseTo(2 / 3, 12);
  });

  it("refuses empty input, and sample variance of a single value, saying how many values it needs", () => {
    expect(() => mean([])).toThrow(/at least 1 value, got 0/);
    expect(() => sampleVariance([1])).toThrow(/at least 2 values, got 1/);
  });
});

describe("quantile", () => {
  it("matches numpy's default linear interpolation", () => {
    // numpy.quantile([1, 2, 3, 4], [0.25, 0.5, 0.9]) = [1.75, 2.5, 3.7]
    expect(quantile([4, 1, 3, 2], 0.25)).toBeCloseTo(1.75, 15);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 15);
  });

  it("runs from the minimum to the maximum and never decreases in q", () => {
    fc.assert(
      fc.property(
        sample,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p, q) => {
          // == rather than Object.is: the sort may put 0 before −0, and both are the minimum
          expect(quantile(values, 0) === Math.min(...values)).toBe(true);
          expect(quantile(values, 1) === Math.max(...values)).toBe(true);
          const [lo, hi] = p <= q ? [p, q] : [q, p];
          expect(quantile(values, lo)).toBeLessThanOrEqual(quantile(values, hi));
        },
      ),
    );
  });

  it("rejects q outside [0, 1]", () => {
    expect(() => quantile([1, 2], 1.5)).toThrow(/q must be in \[0, 1\], got 1.5/);
  });
});

describe("histogram and fractionWhere", () => {
  it("matches numpy.histogram, whose last bin is closed", () => {
    // numpy.histogram([0, 1, 2, 3], bins=3, range=(0, 3)) → counts [1, 1, 2], edges [0, 1, 2, 3]
    const { counts, edges, outside } = histogram([0, 1, 2, 3], { bins: 3, range: [0, 3] });
    expect(Array.from(counts)).toEqual([1, 1, 2]);
    expect(Array.from(edges)).toEqual([0, 1, 2, 3]);
    expect(outside).toBe(0);
  });

  it("counts every value exactly once when the range is the data's own", () => {
    fc.assert(
      fc.property(sample, fc.integer({ min: 1, max: 20 }), (values, bins) => {
        const { counts, edges } = histogram(values, { bins });
        expect(counts.reduce((a, b) => a + b, 0)).toBe(values.length);
        expect(edges.length).toBe(bins + 1);
      }),
    );
  });

  it("reports values outside an explicit range instead of dropping them silently", () => {
    expect(histogram([-5, 0.5, 5], { bins: 2, range: [0, 1] }).outside).toBe(2);
  });

  it("fractionWhere counts the values a predicate accepts: half of a symmetric sample is positive", () => {
    expect(fractionWhere([-2, -1, 1, 2], (v) => v > 0)).toBe(0.5);
  });
});
