import { describe, expect, it } from "vitest";
import {
  activationSymbolicDerivative,
  evaluateExpression,
  symbolicallyEqual,
  symbolicDerivative,
} from "../../src/symbolic/symbolicDerivative";

describe("symbolicDerivative", () => {
  it("differentiates and simplifies: d/dx x³ = 3x², d/dx sin(2x) = 2cos(2x)", () => {
    const cube = symbolicDerivative("x^3");
    expect(cube.derivative).toBe("3 * x ^ 2");
    expect(cube.evaluate(2)).toBe(12);
    const sine = symbolicDerivative("sin(2 * x)");
    for (const x of [-1, 0, 0.7]) expect(sine.evaluate(x)).toBeCloseTo(2 * Math.cos(2 * x), 14);
    expect(cube.derivativeLatex).toMatch(/x\}\^\{2\}/);
  });

  it("differentiates in another variable, and says what it cannot parse", () => {
    expect(symbolicDerivative("t^2 + x", "t").evaluate(3)).toBe(6);
    expect(() => symbolicDerivative("x +* 2")).toThrow();
  });
});

describe("activationSymbolicDerivative", () => {
  it("differentiates sigmoid's expression to σ(1 − σ), checked numerically against the formula", () => {
    const symbolic = activationSymbolicDerivative("sigmoid");
    for (const x of [-4, -1, 0, 2.5]) {
      const s = 1 / (1 + Math.exp(-x));
      expect(symbolic.evaluate(x)).toBeCloseTo(s * (1 - s), 14);
    }
  });

  it("refuses a piecewise activation, pointing to a finite difference", () => {
    expect(() => activationSymbolicDerivative("relu")).toThrow(/piecewise and has no mathjs expression/);
  });
});

describe("evaluateExpression and symbolicallyEqual", () => {
  it("evaluates at a point; shows x(1 − x) = x − x², not x² = x, and cannot show (x + 1)² = x² + 2x + 1", () => {
    expect(evaluateExpression("x^2 + 1", 3)).toBe(10);
    expect(evaluateExpression("2 * y", 4, "y")).toBe(8);
    expect(symbolicallyEqual("x * (1 - x)", "x - x^2")).toBe(true);
    expect(symbolicallyEqual("x^2", "x")).toBe(false);
    // mathjs does not expand powers of sums: "false" means "not shown", which is why a grid decides
    expect(symbolicallyEqual("(x + 1)^2", "x^2 + 2 * x + 1")).toBe(false);
  });
});
