import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDatasetOptions, labelledPoints } from "../../src/datasets/types";

describe("labelledPoints", () => {
  it("gives point i the class i mod k, in row-major n×2 inputs", () => {
    const data = labelledPoints(5, 2, (label) => [label, 10 + label]);
    expect(Array.from(data.labels)).toEqual([0, 1, 0, 1, 0]);
    expect(Array.from(data.inputs.data)).toEqual([0, 10, 1, 11, 0, 10, 1, 11, 0, 10]);
    expect([data.inputs.rows, data.inputs.cols, data.classes]).toEqual([5, 2, 2]);
  });

  it("balances the classes: every prefix has ⌈m/k⌉ or ⌊m/k⌋ points of each class", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 7 }), (n, classes) => {
        const { labels } = labelledPoints(n, classes, () => [0, 0]);
        for (let m = 1; m <= n; m++) {
          for (let label = 0; label < classes; label++) {
            const count = labels.subarray(0, m).filter((l) => l === label).length;
            expect(count === Math.floor(m / classes) || count === Math.ceil(m / classes)).toBe(true);
          }
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe("checkDatasetOptions", () => {
  it("accepts a positive integer n and a finite noise ≥ 0, and says which is wrong otherwise", () => {
    expect(() => checkDatasetOptions("makeXor", 1, 0)).not.toThrow();
    expect(() => checkDatasetOptions("makeXor", 2.5, 0)).toThrow("makeXor: n must be a positive integer, got 2.5");
    expect(() => checkDatasetOptions("makeXor", 10, Number.NaN)).toThrow(
      "makeXor: noise must be a finite number ≥ 0, got NaN",
    );
    expect(() => checkDatasetOptions("makeXor", 10, Infinity)).toThrow(/noise must be a finite number/);
  });
});
