import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { figureBundle, PLOTLY_MIMETYPE } from "../../src/plots/figureBundle";
import type { Figure, ScatterTrace } from "../../src/plots/types";

/** A small figure written out by hand, its numbers already within 7 significant digits. */
const figure = (): Figure => ({
  data: [{ type: "scatter", mode: "lines", name: "relu", x: [-1, 0, 1], y: [0, 0, 1], line: { color: "#1f77b4" } }],
  layout: { title: { text: "ReLU" }, xaxis: { title: { text: "x" } }, yaxis: { title: { text: "f(x)" } }, height: 300 },
  config: { responsive: true },
});

/** The figure JSON the HTML output draws (the object literal after `var figure =`). */
const figureInHtml = (html: string): unknown => JSON.parse(/var figure = (.*);\n/.exec(html)![1]);

describe("figureBundle", () => {
  it("holds exactly the three mimetypes, Plotly's under its registered JupyterLab name", () => {
    expect(PLOTLY_MIMETYPE).toBe("application/vnd.plotly.v1+json");
    expect(Object.keys(figureBundle(figure(), "fig1")).sort()).toEqual([
      "application/vnd.plotly.v1+json",
      "text/html",
      "text/plain",
    ]);
  });

  it("gives a Plotly part whose JSON parses back to the figure, and the same figure in the HTML", () => {
    const bundle = figureBundle(figure(), "fig1");
    expect(JSON.parse(JSON.stringify(bundle[PLOTLY_MIMETYPE]))).toEqual(figure());
    expect(figureInHtml(bundle["text/html"])).toEqual(figure());
    expect(bundle["text/html"]).toContain('<div id="fig1" class="actlab-figure"');
  });

  it("keeps 7 significant digits of every number, and copies instead of changing the figure", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 20 }), (ys) => {
        const original: Figure = {
          data: [{ type: "scatter", mode: "markers", x: ys.map((_, i) => i), y: ys }],
          layout: {},
        };
        const sent = figureBundle(original, "fig")[PLOTLY_MIMETYPE].data[0] as ScatterTrace;
        expect(sent.y).toHaveLength(ys.length);
        ys.forEach((y, i) => expect(Math.abs((sent.y[i] as number) - y)).toBeLessThanOrEqual(5e-7 * Math.abs(y)));
        expect((original.data[0] as ScatterTrace).y).toBe(ys);
      }),
      { numRuns: 50 },
    );
    const pi: Figure = { data: [{ type: "scatter", mode: "lines", x: [Math.PI], y: [Number.NaN] }], layout: {} };
    const sent = figureBundle(pi, "fig")[PLOTLY_MIMETYPE].data[0] as ScatterTrace;
    // NaN has no JSON form: it arrives as null, which Plotly draws as a gap.
    expect([sent.x, sent.y]).toEqual([[3.141593], [null]]);
  });

  it("gives a one-line text summary with title, trace count, series and axes", () => {
    expect(figureBundle(figure(), "fig1")["text/plain"]).toBe(
      "Figure: ReLU; 1 trace (scatter); series: relu; axes: x, f(x)",
    );
  });

  it("tells the HTML where plotly.js sits relative to the notebook, and rejects an id HTML cannot hold", () => {
    const html = figureBundle(figure(), "fig1", { libraryFromNotebook: "../node_modules/plotly.js-dist/plotly.js" })[
      "text/html"
    ];
    expect(html).toContain('"../node_modules/plotly.js-dist/plotly.js"');
    expect(() => figureBundle(figure(), "1 bad id")).toThrow(/id must be a valid HTML id/);
  });
});
