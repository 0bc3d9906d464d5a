import { describe, expect, it } from "vitest";
import { gridLines, gridPoints, transformPoints } from "../../src/linear/grid";
import { matrix } from "../../src/linear/matrix";

describe("grids", () => {
  it("gridPoints has steps² points on the square; gridLines has 2·steps lines of samplesPerLine points", () => {
    const points = gridPoints({ min: -2, max: 2, steps: 5 });
    expect(points.rows).toBe(25);
    expect(Math.min(...points.data)).toBe(-2);
    expect(Math.max(...points.data)).toBe(2);
    const lines = gridLines({ steps: 4, samplesPerLine: 10 });
    expect(lines.length).toBe(8);
    expect(lines.every((line) => line.rows === 10 && line.cols === 2)).toBe(true);
  });
});

describe("transformPoints", () => {
  it("applies a 2×2 map to every point (row): (x, y) ↦ (ax + by, cx + dy)", () => {
    const points = matrix(3, 2, [1, 0, 0, 1, 2, -1]);
    const moved = transformPoints(matrix(2, 2, [1, 2, 3, 4]), points);
    expect(Array.from(moved.data)).toEqual([1, 3, 2, 4, 0, 2]);
  });
});
