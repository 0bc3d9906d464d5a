import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gridMinimum } from "../../src/math/gridMinimum";

describe("gridMinimum", () => {
  it("finds the minimum of |p − c| to within the final spacing, wherever c lies in the range", () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), (c) => {
        const step = 0.1;
        const found = gridMinimum((p) => Math.abs(p - c), [-3, 3], { step });
        expect(Math.abs(found.at - c)).toBeLessThanOrEqual(step / 20 / 2 + 1e-12);
        expect(found.value).toBe(Math.abs(found.at - c));
      }),
    );
  });

  it("stays within the range, reaching its end, and rejects an empty one", () => {
    expect(gridMinimum((p) => -p, [0, 1], { step: 0.25 }).at).toBeCloseTo(1, 12);
    expect(() => gridMinimum((p) => p, [1, 0], { step: 0.1 })).toThrow("gridMinimum: need low ≤ high and step > 0");
  });
});
