import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { activation, activationNames } from "../../src/activations/activation";
import { activationColor } from "../../src/plots/colors";
import { compareActivationsFigure } from "../../src/plots/compareActivationsFigure";
import type { ScatterTrace } from "../../src/plots/types";

const name = fc.constantFrom(...activationNames());
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe("compareActivationsFigure", () => {
  it("draws one curve per activation (two with derivatives), each toggled as one legend group", () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 6 }), fc.boolean(), (names, derivatives) => {
        const traces = compareActivationsFigure(names, { derivatives, points: 21 }).data as ScatterTrace[];
        expect(traces).toHaveLength(names.length * (derivatives ? 2 : 1));
        expect([...new Set(traces.map((t) => t.legendgroup))]).toEqual(names);
        for (const trace of traces) expect(trace.line?.color).toBe(activationColor(trace.legendgroup ?? ""));
        const xs = traces.map((t) => t.x);
        for (const x of xs) expect(x).toEqual(xs[0]);
      }),
      { numRuns: 40 },
    );
  });

  it("orders the traces f₁, f₁′, f₂, f₂′ and samples each from its own formula", () => {
    const figure = compareActivationsFigure(["relu", "sigmoid"], { derivatives: true, range: [-2, 2], points: 5 });
    const traces = figure.data as ScatterTrace[];
    expect(traces.map((t) => t.name)).toEqual(["relu", "relu′", "sigmoid", "sigmoid′"]);
    const [relu, , sigmoidCurve, sigmoidSlope] = traces;
    expect(relu.x).toEqual([-2, -1, 0, 1, 2]);
    expect(relu.y).toEqual([0, 0, 0, 1, 2]);
    relu.x.forEach((x, i) => {
      expect(sigmoidCurve.y[i]).toBeCloseTo(sigmoid(x), 15);
      expect(sigmoidSlope.y[i]).toBeCloseTo(sigmoid(x) * (1 - sigmoid(x)), 15);
    });
    expect(figure.layout.yaxis?.title?.text).toBe("f(x), f′(x)");
  });

  it("defaults to 401 points on [-5, 5], a title listing the names, and f alone", () => {
    const figure = compareActivationsFigure(["relu", "gelu", "silu"]);
    const traces = figure.data as ScatterTrace[];
    expect(traces.map((t) => t.name)).toEqual(["relu", "gelu", "silu"]);
    expect(traces[0].x).toHaveLength(401);
    expect([traces[0].x[0], traces[0].x[400]]).toEqual([-5, 5]);
    expect(figure.layout.xaxis?.range).toEqual([-5, 5]);
    expect(figure.layout.title?.text).toBe("relu, gelu, silu");
    expect(figure.layout.yaxis?.title?.text).toBe("f(x)");
    expect(compareActivationsFigure(["relu"], { title: "ReLU" }).layout.title?.text).toBe("ReLU");
  });

  it("samples every registered activation's kinks in the default range, so each is drawn as a corner", () => {
    const xs = (compareActivationsFigure(["relu"]).data[0] as ScatterTrace).x;
    const kinks = activationNames().flatMap((n) => activation(n).kinks.filter((kink) => kink >= -5 && kink <= 5));
    expect(kinks.length).toBeGreaterThan(5);
    for (const kink of kinks) expect(xs).toContain(kink);
  });

  it("needs at least one activation, a valid range and known names", () => {
    expect(() => compareActivationsFigure([])).toThrow(/at least one/);
    expect(() => compareActivationsFigure(["relu"], { range: [3, -3] })).toThrow(
      "compareActivationsFigure: range must be [low, high] with finite low < high, got [3, -3]",
    );
    expect(() => compareActivationsFigure(["relu"], { points: 1 })).toThrow(/count must be an integer ≥ 2/);
    expect(() => compareActivationsFigure(["relu", "gleu"])).toThrow(/did you mean 'gelu'/);
  });
});
