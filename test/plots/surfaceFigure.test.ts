import { describe, expect, it } from "vitest";
import { fromRows } from "../../src/linear/matrix";
import { decisionBoundaryFigure } from "../../src/plots/decisionBoundaryFigure";
import { surfaceFigure } from "../../src/plots/surfaceFigure";
import type { ContourTrace, HeatmapTrace, ScatterTrace } from "../../src/plots/types";

describe("surfaceFigure", () => {
  it("samples z[row][column] = f(x[column], y[row]), as a contour map unless asked for a surface", () => {
    const f = (x: number, y: number) => x - 10 * y;
    const [trace] = surfaceFigure(f, { points: 5, xRange: [0, 4], yRange: [0, 1] }).data as ContourTrace[];
    expect(trace.type).toBe("contour");
    expect(trace.x).toEqual([0, 1, 2, 3, 4]);
    trace.z.forEach((row, r) => row.forEach((z, c) => expect(z).toBe(f(trace.x![c], trace.y![r]))));
    expect(surfaceFigure(f, { kind: "surface" }).data[0].type).toBe("surface");
  });
});

describe("decisionBoundaryFigure", () => {
  const points = { inputs: fromRows([[0, 0], [1, 1], [2, 0], [3, 1]]), labels: Int32Array.from([0, 1, 0, 1]) }; // prettier-ignore

  it("shades the score on a resolution² grid, draws the threshold line and one marker trace per class", () => {
    const score = (x: number) => x / 3;
    const [shade, boundary, ...classes] = decisionBoundaryFigure(score, points, { resolution: 11, threshold: 0.5 })
      .data as [HeatmapTrace, ContourTrace, ...ScatterTrace[]];
    expect(shade.z).toHaveLength(11);
    expect(shade.z.every((row) => row.length === 11)).toBe(true);
    expect(boundary.contours).toMatchObject({ start: 0.5, end: 0.5 });
    expect(classes.map((t) => [t.name, t.x, t.y])).toEqual([
      ["class 0", [0, 2], [0, 0]],
      ["class 1", [1, 3], [1, 1]],
    ]);
  });

  it("needs n×2 inputs with one label each", () => {
    expect(() => decisionBoundaryFigure(() => 0, { inputs: fromRows([[1, 2, 3]]), labels: [0] })).toThrow(/n×2 inputs/);
  });
});
