import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { linearMapFigure } from "../../src/plots/linearMapFigure";
import type { ScatterTrace } from "../../src/plots/types";

const entry = fc.double({ min: -3, max: 3, noNaN: true });

describe("linearMapFigure", () => {
  it("draws A·p for every grid point p (grey grid first, then its image in the same order)", () => {
    fc.assert(
      fc.property(entry, entry, entry, entry, (a, b, c, d) => {
        const traces = linearMapFigure([[a, b], [c, d]], { lines: 5 }).data as ScatterTrace[]; // prettier-ignore
        const grid = traces.filter((t) => t.legendgroup === "grid");
        const image = traces.filter((t) => t.legendgroup?.startsWith("image"));
        expect(grid).toHaveLength(10);
        expect(image).toHaveLength(10);
        grid.forEach((line, i) =>
          line.x.forEach((x, k) => {
            const y = line.y[k] as number;
            expect(image[i].x[k]).toBeCloseTo(a * x + b * y, 9);
            expect(image[i].y[k]).toBeCloseTo(c * x + d * y, 9);
          }),
        );
      }),
      { numRuns: 30 },
    );
  });

  it("sends e₁ and e₂ to A's columns; after relu every image point is ≥ 0", () => {
    const basis = (
      linearMapFigure([
        [1, 2],
        [3, 4],
      ]).data as ScatterTrace[]
    ).slice(-2);
    expect(basis.map((t) => [t.x[1], t.y[1]])).toEqual([[1, 3], [2, 4]]); // prettier-ignore
    const bent = linearMapFigure(
      [
        [1, -2],
        [-3, 4],
      ],
      { activation: "relu" },
    ).data as ScatterTrace[];
    for (const trace of bent.filter((t) => t.legendgroup !== "grid"))
      for (const v of [...trace.x, ...trace.y]) expect(v).toBeGreaterThanOrEqual(0);
  });

  it("rejects anything but 2×2", () => {
    expect(() =>
      linearMapFigure([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(/2×2/);
  });
});
