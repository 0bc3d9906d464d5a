import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  centralDifference,
  checkDerivative,
  checkGradient,
  compareGradients,
  numericGradient,
  numericJacobian,
} from "../../src/numerics/gradcheck";

describe("centralDifference", () => {
  it("has error O(h²): exact for a quadratic, ~1e−10 relative for sin with the default step", () => {
    expect(centralDifference((x) => 3 * x * x - x, 2, 0.5)).toBeCloseTo(11, 12);
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (x) => {
        expect(Math.abs(centralDifference(Math.sin, x) - Math.cos(x))).toBeLessThan(1e-9);
      }),
    );
  });
});

describe("numericGradient and numericJacobian", () => {
  it("∇(x·y + z²) = (y, x, 2z), and leaves the point unchanged", () => {
    const point = Float64Array.from([1.5, -2, 3]);
    const gradient = numericGradient((v) => v[0] * v[1] + v[2] ** 2, point);
    [-2, 1.5, 6].forEach((expected, i) => expect(gradient[i]).toBeCloseTo(expected, 8));
    expect(Array.from(point)).toEqual([1.5, -2, 3]);
  });

  it("the Jacobian of (x·y, x + y, sin x) has rows = outputs, columns = inputs", () => {
    const jacobian = numericJacobian((v) => [v[0] * v[1], v[0] + v[1], Math.sin(v[0])], [2, 5]);
    expect([jacobian.rows, jacobian.cols]).toEqual([3, 2]);
    [5, 2, 1, 1, Math.cos(2), 0].forEach((expected, i) => expect(jacobian.data[i]).toBeCloseTo(expected, 8));
  });
});

describe("compareGradients", () => {
  it("reports the worst absolute and relative errors and where they are", () => {
    const report = compareGradients([1, 100, 3], [1, 100.5, 3.1], 1e-6, [10, 20, 30]);
    expect(report.worstAbsoluteError).toBeCloseTo(0.5, 12);
    expect(report.worstAbsoluteAt).toBe(20);
    expect(report.worstRelativeError).toBeCloseTo(0.1 / 3.1, 12);
    expect(report.worstRelativeAt).toBe(30);
    expect(report.passed).toBe(false);
  });

  it("passes an entry within tolerance in absolute or in relative terms, never a NaN", () => {
    expect(compareGradients([1e6], [1e6 + 1], 1e-5).passed).toBe(true); // relative 1e−6
    expect(compareGradients([1e-9], [2e-9], 1e-6).passed).toBe(true); // absolute 1e−9
    expect(compareGradients([Number.NaN], [0]).passed).toBe(false);
    expect(() => compareGradients([1, 2], [1])).toThrow(/analytic has 2 entries, numeric has 1/);
  });
});

describe("checkDerivative and checkGradient", () => {
  it("pass a right derivative and fail a wrong one, naming the worst point", () => {
    const xs = [-2, -1, 0.5, 3];
    expect(checkDerivative(Math.exp, Math.exp, xs).passed).toBe(true);
    const wrong = checkDerivative(
      (x) => x ** 3,
      (x) => 3 * x * x + (x === 3 ? 0.1 : 0),
      xs,
    );
    expect([wrong.passed, wrong.worstAbsoluteAt]).toEqual([false, 3]);
    const f = (v: Float64Array) => v[0] ** 2 * v[1];
    expect(checkGradient(f, (v) => [2 * v[0] * v[1], v[0] ** 2], [1.2, -0.7]).passed).toBe(true);
    expect(checkGradient(f, (v) => [v[0] * v[1], v[0] ** 2], [1.2, -0.7]).passed).toBe(false);
  });
});
