import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { lineChartFigure } from "../../src/plots/lineChartFigure";
import type { ScatterTrace } from "../../src/plots/types";

describe("lineChartFigure", () => {
  it("draws each series against steps 0, 1, 2, … unless given x, in distinct colours", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ noNaN: true }), { maxLength: 50 }), { minLength: 1, maxLength: 8 }),
        (runs) => {
          const traces = lineChartFigure(runs.map((y, i) => ({ name: `run ${i}`, y: Float64Array.from(y) })))
            .data as ScatterTrace[];
          traces.forEach((trace, i) => {
            expect(trace.y).toEqual(runs[i]);
            expect(trace.x).toEqual(runs[i].map((_, step) => step));
          });
          expect(new Set(traces.map((t) => t.line?.color)).size).toBe(runs.length);
        },
      ),
    );
  });

  it("uses a log axis when asked and rejects mismatched x", () => {
    expect(lineChartFigure([{ name: "loss", y: [1, 0.1] }], { logY: true }).layout.yaxis?.type).toBe("log");
    expect(() => lineChartFigure([{ name: "loss", y: [1, 2], x: [0] }])).toThrow(/1 x values but 2 y values/);
  });
});
