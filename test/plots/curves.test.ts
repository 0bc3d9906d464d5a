import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { activationColor } from "../../src/plots/colors";
import { curveTraces, resolvePlottable } from "../../src/plots/curves";

// Sample points with the kink 0 and both signs, written out (no grid builder involved).
const xs = [-3, -1.5, -0.25, 0, 0.25, 1.5, 3];

describe("resolvePlottable", () => {
  it("looks a name up in the registry and passes an object through unchanged", () => {
    const relu = resolvePlottable("relu");
    expect(relu.name).toBe("relu");
    expect([relu.f(-2), relu.f(3)]).toEqual([0, 3]);
    const square = { name: "square", f: (x: number) => x * x };
    expect(resolvePlottable(square)).toBe(square);
  });

  it("rejects an unknown name with a suggestion", () => {
    expect(() => resolvePlottable("sigmiod")).toThrow(/did you mean 'sigmoid'/);
  });
});

describe("curveTraces", () => {
  it("samples ReLU as max(0, x) and its derivative as 1 for x > 0, else 0 (PyTorch's value at the kink)", () => {
    const [f, df] = curveTraces("relu", xs, { derivative: true });
    expect(f.x).toEqual(xs);
    expect(f.y).toEqual([0, 0, 0, 0, 0.25, 1.5, 3]);
    expect(df.x).toEqual(xs);
    expect(df.y).toEqual([0, 0, 0, 0, 1, 1, 1]);
  });

  it("samples tanh and its derivative 1 − tanh² within rounding", () => {
    const [f, df] = curveTraces("tanh", xs, { derivative: true });
    xs.forEach((x, i) => {
      const t = (Math.exp(x) - Math.exp(-x)) / (Math.exp(x) + Math.exp(-x));
      expect(f.y[i]).toBeCloseTo(t, 14);
      expect(df.y[i]).toBeCloseTo(1 - t * t, 14);
    });
  });

  it("draws an activation with its own parameters: leaky ReLU with slope 0.2 below zero", () => {
    const [f] = curveTraces(activation("leaky_relu", { negative_slope: 0.2 }), xs, { derivative: false });
    xs.forEach((x, i) => expect(f.y[i]).toBeCloseTo(x > 0 ? x : 0.2 * x, 15));
  });

  it("draws f solid and f′ dashed in the activation's colour, as one legend group", () => {
    const [f, df, ...rest] = curveTraces("gelu", xs, { derivative: true });
    expect(rest).toEqual([]);
    expect(activationColor("gelu")).toBe("#ff7f0e"); // "GELU is orange" in every notebook
    expect([f.name, df.name]).toEqual(["gelu", "gelu′"]);
    expect([f.legendgroup, df.legendgroup]).toEqual(["gelu", "gelu"]);
    expect([f.line?.color, df.line?.color]).toEqual(["#ff7f0e", "#ff7f0e"]);
    expect(f.line?.dash).toBeUndefined();
    expect(df.line?.dash).toBe("dash");
    expect([f.type, f.mode, df.type, df.mode]).toEqual(["scatter", "lines", "scatter", "lines"]);
  });

  it("draws the derivative only when asked and known", () => {
    expect(curveTraces("relu", xs, { derivative: false })).toHaveLength(1);
    const square = { name: "square", f: (x: number) => x * x };
    const traces = curveTraces(square, xs, { derivative: true });
    expect(traces).toHaveLength(1);
    expect(traces[0].y).toEqual(xs.map((x) => x * x));
    expect(traces[0].line?.color).toBe(activationColor("square"));
    const cube = { name: "cube", f: (x: number) => x ** 3, df: (x: number) => 3 * x ** 2 };
    expect(curveTraces(cube, xs, { derivative: true })[1].y).toEqual(xs.map((x) => 3 * x * x));
  });
});
