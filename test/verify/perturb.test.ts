import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { perturbed, perturbRequested } from "../../src/verify/perturb";
import { worstError } from "../../src/verify/worstError";

describe("perturbed", () => {
  it("moves any finite value by more than 1000 tolerances, in absolute and in relative terms", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e300, max: 1e300, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (value, tolerance) => {
          const shifted = perturbed(value, tolerance);
          for (const relative of [false, true]) {
            expect(worstError([shifted], [value], { relative }).error).toBeGreaterThan(tolerance);
          }
        },
      ),
    );
  });

  it("turns a non-finite value into NaN, which equals nothing", () => {
    expect(perturbed(Infinity, 1e-9)).toBeNaN();
    expect(perturbed(NaN, 1e-9)).toBeNaN();
  });
});

describe("perturbRequested", () => {
  it("is on only for ACTLAB_VERIFY_PERTURB=1", () => {
    expect(perturbRequested({ ACTLAB_VERIFY_PERTURB: "1" })).toBe(true);
    expect(perturbRequested({ ACTLAB_VERIFY_PERTURB: "0" })).toBe(false);
    expect(perturbRequested({})).toBe(false);
  });
});
