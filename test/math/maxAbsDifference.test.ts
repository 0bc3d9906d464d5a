import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { maxAbsDifference } from "../../src/math/maxAbsDifference";

describe("maxAbsDifference", () => {
  it("finds the peak of a bump between grid points: |sin x − 0| on [0, 3] is 1 at π/2", () => {
    const result = maxAbsDifference(Math.sin, () => 0, [0, 3], 4);
    expect(result.maxError).toBeCloseTo(1, 12);
    expect(result.at).toBeCloseTo(Math.PI / 2, 6);
  });

  it("is never below the gap at any grid point and never above the true maximum (a·x² on [−1, 1] peaks at the ends)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 10, noNaN: true }), (a) => {
        const result = maxAbsDifference(
          (x) => a * x * x,
          () => 0,
          [-1, 1],
          11,
        );
        expect(result.maxError).toBeCloseTo(a, 12);
        expect(Math.abs(result.at)).toBeCloseTo(1, 12);
      }),
    );
  });

  it("reproduces the published error of GELU's tanh approximation (about 4.7e-4, Hendrycks & Gimpel 2016)", () => {
    const exact = activation("gelu");
    const tanhForm = activation("gelu", { approximate: "tanh" });
    const result = maxAbsDifference(exact.f, tanhForm.f, [-10, 10]);
    expect(result.maxError).toBeGreaterThan(4.6e-4);
    expect(result.maxError).toBeLessThan(4.8e-4);
  });

  it("reports NaN where a function is undefined, and rejects a bad range with a message", () => {
    expect(maxAbsDifference(Math.log, () => 0, [-1, 1]).maxError).toBeNaN();
    expect(() => maxAbsDifference(Math.sin, Math.cos, [1, 0])).toThrow(/finite low < high/);
  });
});
