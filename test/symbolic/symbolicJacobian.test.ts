import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numericJacobian, softmax, symbolicJacobian } from "../../src/index";

describe("symbolicJacobian", () => {
  it("differentiates x·y to [y, x] at every point", () => {
    const jacobian = symbolicJacobian(["x * y"], ["x", "y"]);
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (x, y) => {
          expect(Array.from(jacobian.evaluate([x, y]).data)).toEqual([y, x]);
        },
      ),
    );
  });

  it("gives the two-class softmax Jacobian [[¼, −¼], [−¼, ¼]] at (0, 0)", () => {
    const outputs = ["exp(a) / (exp(a) + exp(b))", "exp(b) / (exp(a) + exp(b))"];
    const jacobian = symbolicJacobian(outputs, ["a", "b"]);
    expect(jacobian.entries).toHaveLength(2);
    expect(jacobian.entries[0]).toHaveLength(2);
    for (const [value, expected] of Array.from(jacobian.evaluate([0, 0]).data).map((v, i) => [
      v,
      [0.25, -0.25, -0.25, 0.25][i],
    ]))
      expect(value).toBeCloseTo(expected, 15);
  });

  it("agrees with a finite-difference Jacobian of softmax at random points (rows = outputs)", () => {
    const variables = ["x1", "x2", "x3"];
    const denominator = variables.map((v) => `exp(${v})`).join(" + ");
    const jacobian = symbolicJacobian(
      variables.map((v) => `exp(${v}) / (${denominator})`),
      variables,
    );
    fc.assert(
      fc.property(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 3, maxLength: 3 }), (point) => {
        const numeric = numericJacobian((x) => softmax(x), point);
        const symbolic = jacobian.evaluate(point);
        expect([symbolic.rows, symbolic.cols]).toEqual([3, 3]);
        symbolic.data.forEach((value, i) => expect(Math.abs(value - numeric.data[i])).toBeLessThan(1e-8));
      }),
      { numRuns: 30 },
    );
  });

  it("says what was wrong: no outputs, or a point of the wrong length", () => {
    expect(() => symbolicJacobian([], ["x"])).toThrow(/at least one output/);
    expect(() => symbolicJacobian(["x"], ["x"]).evaluate([1, 2])).toThrow(/2 values for 1 variables/);
  });
});
