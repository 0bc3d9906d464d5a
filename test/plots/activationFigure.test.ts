import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { activation, activationNames } from "../../src/activations/activation";
import { activationFigure } from "../../src/plots/activationFigure";
import { activationColor } from "../../src/plots/colors";
import type { ScatterTrace } from "../../src/plots/types";

const name = fc.constantFrom(...activationNames());
const range = fc
  .tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0.01, max: 50, noNaN: true }))
  .map(([low, width]): [number, number] => [low, low + width]);

describe("activationFigure", () => {
  it("draws f and f′ in the activation's colour, sampled across exactly the range", () => {
    fc.assert(
      fc.property(name, range, fc.integer({ min: 2, max: 300 }), (activationName, [low, high], points) => {
        const figure = activationFigure(activationName, { range: [low, high], points });
        const [f, df] = figure.data as ScatterTrace[];
        const fn = activation(activationName);
        expect(figure.data).toHaveLength(2);
        expect(f.x).toHaveLength(points);
        expect([f.x[0], f.x.at(-1)]).toEqual([low, high]);
        expect(figure.layout.xaxis?.range).toEqual([low, high]);
        f.x.forEach((x, i) => expect(f.y[i]).toBe(fn.f(x)));
        df.x.forEach((x, i) => expect(df.y[i]).toBe(fn.df(x)));
        expect([f.line?.color, df.line?.color]).toEqual([
          activationColor(activationName),
          activationColor(activationName),
        ]);
        expect(df.line?.dash).toBe("dash");
        expect(f.legendgroup).toBe(df.legendgroup);
      }),
      { numRuns: 60 },
    );
  });

  it("shows GELU(1) = Φ(1) = 0.841344746068543 (Hendrycks & Gimpel 2016)", () => {
    const [f] = activationFigure("gelu", { range: [-1, 1], points: 3 }).data as ScatterTrace[];
    expect(f.y[2]).toBeCloseTo(0.841344746068543, 12);
  });

  it("accepts a learner's own function, with or without a derivative", () => {
    const square = { name: "square", f: (x: number) => x * x };
    expect(activationFigure(square).data).toHaveLength(1);
    expect(activationFigure({ ...square, df: (x: number) => 2 * x }).data).toHaveLength(2);
  });

  it("rejects an empty range and unknown names with a suggestion", () => {
    expect(() => activationFigure("relu", { range: [1, 1] })).toThrow(/finite low < high/);
    expect(() => activationFigure("gleu")).toThrow(/did you mean 'gelu'/);
  });
});
