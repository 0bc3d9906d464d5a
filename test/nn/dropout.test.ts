import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dropout } from "../../src/nn/dropout";
import { createRng } from "../../src/numerics/random";

describe("inverted dropout", () => {
  it("each entry is either 0 (dropped) or x/(1 − p) (kept), as its mask says", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.95, noNaN: true }), fc.nat(), (p, seed) => {
        const values = createRng(seed).normals(50);
        const { output, mask } = dropout(values, p, createRng(seed + 1));
        output.forEach((y, i) => expect(y).toBe(mask[i] === 1 ? values[i] / (1 - p) : 0));
      }),
      { numRuns: 50 },
    );
  });

  it("keeps about 1 − p of the entries and the mean (200 000 ones, p = 0.3)", () => {
    const { output, mask } = dropout(new Float64Array(200_000).fill(1), 0.3, createRng(5));
    const kept = mask.reduce((total, m) => total + m, 0) / mask.length;
    const mean = output.reduce((total, y) => total + y, 0) / output.length;
    expect(Math.abs(kept - 0.7)).toBeLessThan(0.005); // binomial sd ≈ 0.001
    expect(Math.abs(mean - 1)).toBeLessThan(0.007);
  });

  it("is the identity at p = 0, and the same seed gives the same mask", () => {
    const values = createRng(2).normals(20);
    expect(Array.from(dropout(values, 0, createRng(3)).output)).toEqual(Array.from(values));
    expect(dropout(values, 0.5, createRng(9)).mask).toEqual(dropout(values, 0.5, createRng(9)).mask);
  });

  it("refuses p outside [0, 1), saying what p means", () => {
    for (const p of [1, -0.1, Number.NaN])
      expect(() => dropout([1], p, createRng(0))).toThrow(/probability of dropping/);
  });
});
