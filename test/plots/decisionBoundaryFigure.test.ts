import { describe, expect, it } from "vitest";
import { fromRows } from "../../src/linear/matrix";
import { seriesColor } from "../../src/plots/colors";
import { decisionBoundaryFigure } from "../../src/plots/decisionBoundaryFigure";
import type { ContourTrace, HeatmapTrace, ScatterTrace } from "../../src/plots/types";

const points = { inputs: fromRows([[0, 0], [1, 1], [2, 0], [3, 1]]), labels: Int32Array.from([0, 1, 0, 1]) }; // prettier-ignore
type Traces = [HeatmapTrace, ContourTrace, ...ScatterTrace[]];

describe("decisionBoundaryFigure", () => {
  it("shades the score on a resolution² grid, draws the threshold line and one marker trace per class", () => {
    const score = (x: number) => x / 3;
    const [shade, boundary, ...classes] = decisionBoundaryFigure(score, points, { resolution: 11, threshold: 0.5 })
      .data as Traces;
    expect(shade.z).toHaveLength(11);
    expect(shade.z.every((row) => row.length === 11)).toBe(true);
    expect(boundary.contours).toMatchObject({ coloring: "none", start: 0.5, end: 0.5 });
    expect(shade.zmid).toBe(0.5);
    expect(classes.map((t) => [t.name, t.x, t.y])).toEqual([
      ["class 0", [0, 2], [0, 0]],
      ["class 1", [1, 3], [1, 1]],
    ]);
  });

  it("holds score(x[column], y[row]) at z[row][column], the same grid for shade and boundary", () => {
    // Not symmetric in x and y, so a transposed grid would fail.
    const score = (x: number, y: number) => 1 / (1 + Math.exp(-(2 * x - 5 * y + 0.3)));
    const [shade, boundary] = decisionBoundaryFigure(score, points, {
      xRange: [-1, 3],
      yRange: [0, 2],
      resolution: 5,
    }).data as Traces;
    expect(shade.x).toEqual([-1, 0, 1, 2, 3]);
    expect(shade.y).toEqual([0, 0.5, 1, 1.5, 2]);
    const expected = [0, 0.5, 1, 1.5, 2].map((y) =>
      [-1, 0, 1, 2, 3].map((x) => 1 / (1 + Math.exp(5 * y - 2 * x - 0.3))),
    );
    shade.z.forEach((row, r) => row.forEach((z, c) => expect(z).toBeCloseTo(expected[r][c], 14)));
    expect([boundary.x, boundary.y, boundary.z]).toEqual([shade.x, shade.y, shade.z]);
  });

  it("by default spans the data plus a 10% margin on each side, with 81 points per axis", () => {
    // x spans 0…3 and y spans 0…1: margins 0.3 and 0.1.
    const figure = decisionBoundaryFigure(() => 0.5, points);
    const [shade] = figure.data as Traces;
    expect(figure.layout.xaxis?.range?.[0]).toBeCloseTo(-0.3, 15);
    expect(figure.layout.xaxis?.range?.[1]).toBeCloseTo(3.3, 15);
    expect(figure.layout.yaxis?.range?.[0]).toBeCloseTo(-0.1, 15);
    expect(figure.layout.yaxis?.range?.[1]).toBeCloseTo(1.1, 15);
    expect([shade.x, shade.y].map((grid) => grid?.length)).toEqual([81, 81]);
    expect([shade.x?.[0], shade.x?.[80]]).toEqual(figure.layout.xaxis?.range);
    // Equal scales on both axes, so a circle in the data looks round.
    expect(figure.layout.yaxis?.scaleanchor).toBe("x");
  });

  it("widens a data set without extent (all points on a vertical line) by 1 on each side", () => {
    const line = { inputs: fromRows([[2, -1], [2, 1]]), labels: [0, 1] }; // prettier-ignore
    const figure = decisionBoundaryFigure(() => 0, line);
    expect(figure.layout.xaxis?.range).toEqual([1, 3]);
    expect(figure.layout.yaxis?.range?.[0]).toBeCloseTo(-1.2, 15);
  });

  it("colours each class in its series colour, classes in ascending order whatever the data's order", () => {
    const three = { inputs: fromRows([[0, 0], [1, 0], [2, 0], [3, 0]]), labels: [2, 0, 1, 2] }; // prettier-ignore
    const [shade, , ...classes] = decisionBoundaryFigure(() => 0, three).data as Traces;
    expect(classes.map((t) => [t.name, t.x, t.marker?.color])).toEqual([
      ["class 0", [1], seriesColor(0)],
      ["class 1", [2], seriesColor(1)],
      ["class 2", [0, 3], seriesColor(2)],
    ]);
    // The shade runs from class 0's colour through white to class 1's.
    expect(shade.colorscale).toEqual([
      [0, seriesColor(0)],
      [0.5, "#ffffff"],
      [1, seriesColor(1)],
    ]);
  });

  it("needs n×2 inputs with one label each, valid ranges and a resolution ≥ 2", () => {
    expect(() => decisionBoundaryFigure(() => 0, { inputs: fromRows([[1, 2, 3]]), labels: [0] })).toThrow(/n×2 inputs/);
    expect(() => decisionBoundaryFigure(() => 0, { inputs: points.inputs, labels: [0, 1] })).toThrow(
      "decisionBoundaryFigure: expected n×2 inputs and n labels, got 4×2 inputs and 2 labels",
    );
    expect(() => decisionBoundaryFigure(() => 0, points, { yRange: [1, 0] })).toThrow(
      "decisionBoundaryFigure: yRange must be [low, high] with finite low < high, got [1, 0]",
    );
    expect(() => decisionBoundaryFigure(() => 0, points, { resolution: 1 })).toThrow(/count must be an integer ≥ 2/);
  });
});
