import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { axisSuffix, subplotCaption } from "../../src/plots/subplots";

describe("axisSuffix", () => {
  it("names Plotly's axes x, x2, x3, …: nothing for the first subplot, index + 1 after it", () => {
    expect([0, 1, 2, 9].map((index) => `x${axisSuffix(index)}`)).toEqual(["x", "x2", "x3", "x10"]);
  });

  it("gives n subplots n distinct axis names, never 'x1' (Plotly calls the first axis 'x')", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (count) => {
        const names = Array.from({ length: count }, (_, index) => `xaxis${axisSuffix(index)}`);
        expect(new Set(names).size).toBe(count);
        expect(names).not.toContain("xaxis1");
        names.slice(1).forEach((name, i) => expect(name).toBe(`xaxis${i + 2}`));
      }),
    );
  });
});

describe("subplotCaption", () => {
  it("centres the text above its own subplot, positioned in that subplot's domain", () => {
    expect(subplotCaption("relu", axisSuffix(2))).toEqual({
      text: "relu",
      x: 0.5,
      y: 1,
      xref: "x3 domain",
      yref: "y3 domain",
      xanchor: "center",
      yanchor: "bottom",
      showarrow: false,
    });
    const first = subplotCaption("gelu", axisSuffix(0));
    expect([first.xref, first.yref]).toEqual(["x domain", "y domain"]);
  });

  it("sets a font only when given a size, so the layout's default applies otherwise", () => {
    expect(subplotCaption("a", "2", 13).font).toEqual({ size: 13 });
    expect("font" in subplotCaption("a", "2")).toBe(false);
  });
});
