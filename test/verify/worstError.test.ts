import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { worstError } from "../../src/verify/worstError";

describe("worstError", () => {
  it("finds the largest |difference| and where it is", () => {
    expect(worstError([1, 2, 3], [1, 2.5, 3.1])).toEqual({ error: 0.5, at: 1, count: 3 });
    expect(worstError([1, 2, 3], [1, 2.5, 3.1], { locations: [-1, 0, 1] }).at).toBe(0);
  });

  it("is 0 exactly when every entry is equal, for any values", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { minLength: 1 }), (values) => {
        expect(worstError(values, values.slice()).error).toBe(0);
      }),
    );
  });

  it("never lets a NaN pass: a NaN on one side only is an infinite error", () => {
    expect(worstError([NaN], [0]).error).toBe(Infinity);
    expect(worstError([0], [NaN]).error).toBe(Infinity);
    expect(worstError([Infinity], [-Infinity]).error).toBe(Infinity);
    expect(worstError([NaN], [NaN]).error).toBe(0);
  });

  it("measures relative error against max(1, |expected|)", () => {
    expect(worstError([1010], [1000], { relative: true }).error).toBeCloseTo(0.01, 15);
    expect(worstError([0.5], [0.25], { relative: true }).error).toBe(0.25);
  });

  it("says what is wrong with mismatched or empty input", () => {
    expect(() => worstError([1, 2], [1])).toThrow("worstError: actual has 2 entries, expected has 1");
    expect(() => worstError([], [])).toThrow("worstError: nothing to compare");
    expect(() => worstError([1], [1], { locations: [0, 1] })).toThrow("worstError: 2 locations for 1 entries");
  });
});
