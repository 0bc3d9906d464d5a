import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { erf, erfc } from "../../src/numerics/erf";

// Reference values: Abramowitz & Stegun table 7.1 and high-precision references (erfc(5), erfc(10)).
describe("erf and erfc (Cody 1969)", () => {
  it("erf and erfc match reference values, keeping relative accuracy in the tail", () => {
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 15);
    expect(erf(1)).toBeCloseTo(0.8427007929497149, 15);
    expect(erf(-2)).toBeCloseTo(-0.9953222650189527, 15);
    expect(erfc(5) / 1.5374597944280349e-12).toBeCloseTo(1, 12);
    expect(erfc(10) / 2.088487583762545e-45).toBeCloseTo(1, 12);
    expect(erfc(-1)).toBeCloseTo(1.8427007929497148, 15);
  });

  it("is odd, erf + erfc = 1, and erfc(−x) = 2 − erfc(x)", () => {
    fc.assert(
      fc.property(fc.double({ min: -6, max: 6, noNaN: true }), (x) => {
        expect(erf(-x) === -erf(x)).toBe(true); // === so that erf(−0) = +0 counts as odd
        expect(Math.abs(erf(x) + erfc(x) - 1)).toBeLessThanOrEqual(2 * Number.EPSILON);
        expect(Math.abs(erfc(-x) - (2 - erfc(x)))).toBeLessThanOrEqual(4 * Number.EPSILON);
      }),
    );
  });

  it("has derivative (2/√π)e^(−x²), by a central difference", () => {
    for (const x of [-2, -0.4, 0, 0.3, 1.7]) {
      const h = 1e-5;
      expect((erf(x + h) - erf(x - h)) / (2 * h)).toBeCloseTo((2 / Math.sqrt(Math.PI)) * Math.exp(-x * x), 9);
    }
  });

  it("saturates exactly and propagates NaN", () => {
    expect([erf(10), erf(-10), erfc(30)]).toEqual([1, -1, 0]);
    expect(erf(Number.NaN)).toBeNaN();
    expect(erfc(Number.NaN)).toBeNaN();
  });
});
