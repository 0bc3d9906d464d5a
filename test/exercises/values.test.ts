import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closeNumbers, decodeValue, encodeValue, toValue } from "../../src/exercises/values";

const tolerance = { absolute: 1e-9, relative: 1e-7 };

describe("answer values", () => {
  it("round-trips every double, NaN and ±Infinity included, through the encoding that leaves a realm", () => {
    // −0 arrives as 0: no exercise distinguishes signed zeros.
    fc.assert(
      fc.property(fc.array(fc.double()), (values) => {
        expect(decodeValue(encodeValue(values))).toEqual({
          kind: "vector",
          values: values.map((x) => (x === 0 ? 0 : x)),
        });
      }),
    );
  });

  it("reads number[][] and a row-major Matrix as the same matrix", () => {
    const rows = [
      [1, 2],
      [3, 4],
    ];
    expect(toValue(rows)).toEqual(toValue({ rows: 2, cols: 2, data: new Float64Array([1, 2, 3, 4]) }));
  });

  it("describes what is not numbers instead of failing", () => {
    expect(toValue(undefined)).toEqual({ kind: "other", description: "a value of type undefined" });
    expect(toValue([1, "2"])).toEqual({ kind: "other", description: "an array with a non-number inside" });
  });

  it("treats NaN as equal only to NaN and an infinity only to itself", () => {
    expect(closeNumbers(NaN, NaN, tolerance)).toBe(true);
    expect(closeNumbers(0, NaN, tolerance)).toBe(false);
    expect(closeNumbers(Infinity, Infinity, tolerance)).toBe(true);
    expect(closeNumbers(Infinity, 1e308, tolerance)).toBe(false);
    fc.assert(fc.property(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), (x) => !closeNumbers(x + 1, x, tolerance)));
  });
});
