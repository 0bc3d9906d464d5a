import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { slopeBreaks } from "../../src/math/slopeBreaks";

describe("slopeBreaks", () => {
  it("finds each hinge of a sum of ReLU hinges within one grid step, with its slope change", () => {
    const hinge = fc.record({
      at: fc.double({ min: -2.9, max: 2.9, noNaN: true }),
      slope: fc.double({ min: 0.1, max: 3, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc
          .array(hinge, { minLength: 1, maxLength: 5 })
          .filter((hinges) => hinges.every((a, i) => hinges.every((b, j) => i === j || Math.abs(a.at - b.at) > 0.05))),
        fc.boolean(),
        (hinges, flip) => {
          const sign = flip ? -1 : 1;
          const f = (x: number) => hinges.reduce((sum, h) => sum + sign * h.slope * Math.max(0, x - h.at), 0.3 * x);
          const step = 6 / 2000;
          const breaks = slopeBreaks(f, [-3, 3]);
          expect(breaks).toHaveLength(hinges.length);
          const sorted = [...hinges].sort((a, b) => a.at - b.at);
          breaks.forEach((found, i) => {
            expect(Math.abs(found.x - sorted[i].at)).toBeLessThanOrEqual(step);
            expect(found.slopeChange).toBeCloseTo(sign * sorted[i].slope, 6);
          });
        },
      ),
    );
  });

  it("keeps the whole slope change of a kink 1e−9 from a grid point (fast-check's counterexample, seed 10)", () => {
    // The kink sits inside the segment ending at x = 0; the segment's left end sees 5e−7 of its change,
    // below the tolerance. That part used to be dropped: 2.9999995 instead of 3.
    const f = (x: number) => 0.3 * x + 3 * Math.max(0, x + 5e-10);
    const [found, ...rest] = slopeBreaks(f, [-3, 3]);
    expect(rest).toEqual([]);
    expect(Math.abs(found.x)).toBeLessThanOrEqual(6 / 2000);
    expect(Math.abs(found.slopeChange - 3)).toBeLessThan(1e-9);
  });

  it("reports no break for a straight line and, at the default tolerance, one in every segment of a parabola", () => {
    expect(slopeBreaks((x) => 2 * x - 1, [-3, 3])).toEqual([]);
    // x² changes slope by 2h per segment, far above 1e−6: a smooth curve has no straight pieces.
    expect(slopeBreaks((x) => x * x, [-1, 1], { points: 101 })).toHaveLength(50); // 99 interior grid points, merged in pairs: ⌈99/2⌉
    expect(slopeBreaks((x) => x * x, [-1, 1], { points: 101, tolerance: 0.1 })).toEqual([]);
  });

  it("reports |x| at 0 with slope change 2, whether 0 is a grid point or inside a segment", () => {
    const onGrid = slopeBreaks(Math.abs, [-1, 1], { points: 101 });
    expect(onGrid).toHaveLength(1);
    expect(onGrid[0].x).toBeCloseTo(0, 12);
    expect(onGrid[0].slopeChange).toBeCloseTo(2, 9);
    const inside = slopeBreaks(Math.abs, [-1, 1], { points: 100 });
    expect(inside).toHaveLength(1);
    expect(inside[0].x).toBeCloseTo(0, 12);
    expect(inside[0].slopeChange).toBeCloseTo(2, 9);
  });

  it("says what was wrong with a bad range or grid", () => {
    expect(() => slopeBreaks(Math.abs, [1, -1])).toThrow(/low < high/);
    expect(() => slopeBreaks(Math.abs, [-1, 1], { points: 2 })).toThrow(/points must be an integer ≥ 3/);
  });
});
