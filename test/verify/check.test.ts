import { describe, expect, it } from "vitest";
import { runCheck } from "../../src/verify/check";

describe("runCheck", () => {
  it("passes within the tolerance and fails beyond it", () => {
    expect(runCheck({ label: "a", actual: [1], expected: [1 + 1e-13], tolerance: 1e-12 }).passed).toBe(true);
    expect(runCheck({ label: "a", actual: [1], expected: [1 + 1e-11], tolerance: 1e-12 }).passed).toBe(false);
  });

  it("records that any honest check can fail, and fails it when asked to perturb", () => {
    const honest = { label: "core vs hand", actual: [0.1, 0.2], expected: [0.1, 0.2], tolerance: 1e-12 };
    expect(runCheck(honest)).toMatchObject({ passed: true, canFail: true, perturbed: false });
    expect(runCheck({ ...honest, perturb: true })).toMatchObject({ passed: false, canFail: true, perturbed: true });
  });

  it("names where the worst error is: a grid point, an entry, or nothing for one value", () => {
    const at = (locations?: number[], locationName?: string) =>
      runCheck({ label: "w", actual: [0, 1], expected: [0, 2], tolerance: 1, locations, locationName }).where;
    expect(at([-0.5, 0.25])).toBe("x = 0.25");
    expect(at([-0.5, 0.25], "z")).toBe("z = 0.25");
    expect(at()).toBe("entry 1");
    expect(runCheck({ label: "one", actual: [3], expected: [3], tolerance: 0 }).where).toBeUndefined();
  });

  it("rejects a tolerance that accepts everything or nothing sensible", () => {
    for (const tolerance of [Infinity, NaN, -1]) {
      expect(() => runCheck({ label: "t", actual: [1], expected: [1], tolerance })).toThrow(
        `check "t": tolerance must be a finite number ≥ 0, got ${tolerance}`,
      );
    }
  });

  it("flags a check whose values are all infinite on both sides as one that could still fail", () => {
    // ∞ vs ∞ passes; the perturbed ∞ becomes NaN, which fails: the check is not vacuous.
    expect(runCheck({ label: "inf", actual: [Infinity], expected: [Infinity], tolerance: 0 }).canFail).toBe(true);
  });
});
