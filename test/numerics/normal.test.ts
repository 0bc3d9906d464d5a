import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalCdf, normalPdf } from "../../src/numerics/normal";

describe("normalPdf and normalCdf", () => {
  it("match Abramowitz & Stegun table 26.1: Φ(1) = 0.8413447460685429, φ(0) = 1/√(2π)", () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 15);
    expect(normalCdf(-1.96)).toBeCloseTo(0.024997895148220435, 15);
    expect(normalPdf(0)).toBeCloseTo(0.3989422804014327, 16);
  });

  it("keeps the lower tail's digits: Φ(−10) = 7.619853024160527e−24", () => {
    expect(normalCdf(-10) / 7.619853024160527e-24).toBeCloseTo(1, 13);
  });

  it("Φ(x) + Φ(−x) = 1, and Φ′ = φ by a central difference", () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => {
        expect(Math.abs(normalCdf(x) + normalCdf(-x) - 1)).toBeLessThanOrEqual(2 * Number.EPSILON);
        const h = 1e-5;
        expect(Math.abs((normalCdf(x + h) - normalCdf(x - h)) / (2 * h) - normalPdf(x))).toBeLessThan(1e-10);
      }),
    );
  });
});
