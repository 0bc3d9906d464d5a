import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { centralDifference } from "../../src/numerics/gradcheck";
import { activationSymbolicDerivative, symbolicDerivative } from "../../src/symbolic/symbolicDerivative";

describe("symbolic derivatives through erf", () => {
  it("differentiates GELU's exact form: mathjs's GELU′ equals the core's Φ(x) + xφ(x) everywhere", () => {
    const gelu = activation("gelu");
    const symbolic = activationSymbolicDerivative("gelu");
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => {
        expect(symbolic.evaluate(x)).toBeCloseTo(gelu.df(x), 13);
      }),
    );
  });

  it("applies the chain rule inside erf: d/dx erf(2x²) = (2/√π)·e^(−4x⁴)·4x, matching a central difference", () => {
    const symbolic = symbolicDerivative("erf(2 * x^2)");
    for (const x of [-1.3, -0.2, 0, 0.7, 1.1]) {
      expect(symbolic.evaluate(x)).toBeCloseTo((2 / Math.sqrt(Math.PI)) * Math.exp(-4 * x ** 4) * 4 * x, 12);
      expect(symbolic.evaluate(x)).toBeCloseTo(
        centralDifference((t) => erfOf(2 * t * t), x),
        8,
      );
    }
  });

  it("leaves expressions without erf to mathjs, and says what it cannot do", () => {
    expect(symbolicDerivative("x^2").derivative).toBe("2 * x");
    expect(() => symbolicDerivative("erf(x) + erf(2 * x)")).toThrow(/different arguments/);
  });
});

/** erf through the core's GELU, so the test does not depend on the symbolic code it checks. */
function erfOf(z: number): number {
  // GELU(x) = x·(1 + erf(x/√2))/2, so erf(z) = 2·GELU(√2 z)/(√2 z) − 1 (z ≠ 0).
  if (z === 0) return 0;
  return (2 * activation("gelu").f(Math.SQRT2 * z)) / (Math.SQRT2 * z) - 1;
}
