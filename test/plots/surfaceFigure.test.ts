import { describe, expect, it } from "vitest";
import { surfaceFigure } from "../../src/plots/surfaceFigure";
import type { ContourTrace } from "../../src/plots/types";

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
