import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { activationNames } from "../../src/activations/activation";
import { activationFigure } from "../../src/plots/activationFigure";
import { gridFigure } from "../../src/plots/gridFigure";

describe("gridFigure", () => {
  it("puts figure i's traces on subplot i of a rows × columns grid, captioned by its title", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...activationNames()), { minLength: 1, maxLength: 9 }),
        fc.integer({ min: 1, max: 5 }),
        (names, columns) => {
          const panels = names.map((name) => activationFigure(name, { points: 11 }));
          const grid = gridFigure(panels, { columns });
          expect(grid.layout.grid).toEqual({
            rows: Math.ceil(names.length / columns),
            columns,
            pattern: "independent",
          });
          expect(grid.data).toHaveLength(2 * names.length);
          grid.data.forEach((trace, t) => {
            const panel = Math.floor(t / 2);
            expect(trace.xaxis).toBe(panel === 0 ? "x" : `x${panel + 1}`);
            expect(trace.yaxis).toBe(panel === 0 ? "y" : `y${panel + 1}`);
          });
          expect(grid.layout.annotations?.map((a) => a.text)).toEqual(panels.map((p) => p.layout.title?.text));
        },
      ),
      { numRuns: 30 },
    );
  });

  it("lists each legend name once, and links zoom when asked", () => {
    const grid = gridFigure([activationFigure("relu"), activationFigure("relu")], { shareAxes: true });
    expect(grid.data.filter((t) => t.showlegend).map((t) => t.name)).toEqual(["relu", "relu′"]);
    expect(grid.layout.xaxis2?.matches).toBe("x");
    expect(() => gridFigure([])).toThrow(/at least one figure/);
  });
});
