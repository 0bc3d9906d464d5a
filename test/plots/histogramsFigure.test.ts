import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { histogramsFigure } from "../../src/plots/histogramsFigure";
import type { BarTrace } from "../../src/plots/types";

const sample = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 200 });

describe("histogramsFigure", () => {
  it("counts every value once, on one x range shared by all panels", () => {
    fc.assert(
      fc.property(fc.array(sample, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 50 }), (layers, bins) => {
        const figure = histogramsFigure(
          layers.map((values, i) => ({ name: `layer ${i + 1}`, values })),
          { bins },
        );
        const bars = figure.data as BarTrace[];
        expect(bars).toHaveLength(layers.length);
        bars.forEach((bar, i) => {
          expect(bar.y).toHaveLength(bins);
          expect(bar.y.reduce((a, b) => a + b, 0)).toBe(layers[i].length);
        });
        const ranges = bars.map(
          (_, i) => (i === 0 ? figure.layout.xaxis : figure.layout[`xaxis${i + 1}` as `xaxis${number}`])?.range,
        );
        for (const range of ranges) expect(range).toEqual(ranges[0]);
      }),
      { numRuns: 50 },
    );
  });

  it("densities integrate to 1", () => {
    const values = Array.from({ length: 1000 }, (_, i) => Math.sin(i));
    const [bar] = histogramsFigure([{ name: "sin", values }], { density: true, bins: 25 }).data as BarTrace[];
    const width = bar.width as number;
    expect(bar.y.reduce((a, b) => a + b * width, 0)).toBeCloseTo(1, 12);
  });

  it("needs a series and a valid range", () => {
    expect(() => histogramsFigure([])).toThrow(/at least one series/);
    expect(() => histogramsFigure([{ name: "a", values: [1] }], { range: [2, 1] })).toThrow(/low < high/);
  });
});
