import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linspace } from "../../src/math/linspace";

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe("linspace", () => {
  it("gives count numbers from start to stop, both ends exact, evenly spaced", () => {
    fc.assert(
      fc.property(finite, finite, fc.integer({ min: 2, max: 200 }), (start, stop, count) => {
        const xs = linspace(start, stop, count);
        expect(xs).toHaveLength(count);
        expect([xs[0], xs[count - 1]]).toEqual([start, stop]);
        // The i-th point as a weighted mean of the ends: another formula for the same grid.
        const tolerance = 1e-12 * Math.max(1, Math.abs(start), Math.abs(stop));
        const worst = Math.max(...xs.map((x, i) => Math.abs(x - (start * (count - 1 - i) + stop * i) / (count - 1))));
        expect(worst).toBeLessThanOrEqual(tolerance);
      }),
      { numRuns: 100 },
    );
  });

  it("is increasing when start < stop", () => {
    fc.assert(
      fc.property(
        finite,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.integer({ min: 2, max: 300 }),
        (start, width, count) => {
          const xs = linspace(start, start + width, count);
          expect(xs.every((x, i) => i === 0 || x > xs[i - 1])).toBe(true);
        },
      ),
    );
  });

  it("matches numpy.linspace on small grids", () => {
    expect(linspace(0, 1, 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(linspace(2, -2, 3)).toEqual([2, 0, -2]);
    expect(linspace(-1, 1, 2)).toEqual([-1, 1]);
  });

  it("puts the plotting default grid (-5…5, 401 points) exactly on the kinks 0, ±0.5, ±1, ±3", () => {
    const xs = linspace(-5, 5, 401);
    for (const kink of [0, 0.5, -0.5, 1, -1, 3, -3]) expect(xs).toContain(kink);
    expect(xs[200]).toBe(0);
  });

  it("rejects a count below 2 or not whole, and ends that are not finite", () => {
    expect(() => linspace(0, 1, 1)).toThrow("linspace: count must be an integer ≥ 2, got 1");
    expect(() => linspace(0, 1, 2.5)).toThrow(/integer ≥ 2, got 2.5/);
    expect(() => linspace(0, 1, Number.NaN)).toThrow(/integer ≥ 2/);
    expect(() => linspace(0, Infinity, 3)).toThrow("linspace: start and stop must be finite, got 0 and Infinity");
    expect(() => linspace(Number.NaN, 1, 3)).toThrow(/must be finite/);
  });
});
