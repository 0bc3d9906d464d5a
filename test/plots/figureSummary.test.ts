import { describe, expect, it } from "vitest";
import { figureSummary } from "../../src/plots/figureSummary";

describe("figureSummary", () => {
  it("names the title, the traces, the distinct series and the axis titles, in one line", () => {
    const summary = figureSummary({
      data: [
        { type: "scatter", mode: "lines", name: "relu", x: [0], y: [0] },
        { type: "scatter", mode: "lines", name: "relu", x: [0], y: [0], xaxis: "x2" },
        { type: "bar", name: "gelu\nderivative", x: [0], y: [0] },
      ],
      layout: {
        title: { text: "Two\nactivations" },
        xaxis: { title: { text: "x" } },
        yaxis: { title: { text: "f(x)" } },
      },
    });
    expect(summary).toBe(
      "Figure: Two activations; 3 traces (scatter, bar); series: relu, gelu derivative; axes: x, f(x)",
    );
  });

  it("still says what an untitled, unnamed figure holds", () => {
    expect(figureSummary({ data: [{ type: "heatmap", z: [[1]] }], layout: {} })).toBe("Figure; 1 trace (heatmap)");
    expect(figureSummary({ data: [], layout: {} })).toBe("Figure; 0 traces");
  });

  it("includes a 3-D scene's axis titles", () => {
    const summary = figureSummary({
      data: [{ type: "surface", z: [[0]] }],
      layout: { scene: { xaxis: { title: { text: "a" } }, zaxis: { title: { text: "loss" } } } },
    });
    expect(summary).toBe("Figure; 1 trace (surface); axes: a, loss");
  });
});
