import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fromRows } from "../../src/linear/matrix";
import { heatmapFigure } from "../../src/plots/heatmapFigure";
import type { HeatmapTrace } from "../../src/plots/types";

const matrixRows = fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 })).chain(([rows, cols]) =>
  fc.array(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  }),
);

describe("heatmapFigure", () => {
  it("shows a Matrix as written: z is its rows, row 0 at the top, colours centred on 0", () => {
    fc.assert(
      fc.property(matrixRows, (rows) => {
        const figure = heatmapFigure(fromRows(rows));
        const [trace] = figure.data as HeatmapTrace[];
        expect(trace.z).toEqual(rows);
        expect(trace.zmid).toBe(0);
        expect(figure.layout.yaxis?.autorange).toBe("reversed");
        expect(heatmapFigure(rows).data[0]).toEqual(trace);
      }),
    );
  });

  it("rejects ragged or empty matrices and miscounted labels", () => {
    expect(() => heatmapFigure([[1, 2], [3]])).toThrow(/rectangular/);
    expect(() => heatmapFigure([])).toThrow(/non-empty/);
    expect(() => heatmapFigure([[1, 2]], { columnLabels: ["a"] })).toThrow(/1 labels for 2/);
  });
});
