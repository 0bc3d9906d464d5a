import { afterEach, describe, expect, it } from "vitest";
import { activationFigure } from "../../src/plots/activationFigure";
import { PLOTLY_MIMETYPE } from "../../src/plots/figureBundle";
import { show } from "../../src/plots/show";

// tslab's kernel module: show() sends through the display_data writer it keeps for the running cell.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tslabJupyter = require("tslab/dist/jupyter") as { lastWriteDisplayData: unknown };
type Sent = { content: { data: Record<string, unknown> }; update: boolean };

afterEach(() => {
  tslabJupyter.lastWriteDisplayData = null;
});

describe("show", () => {
  it("outside a tslab kernel, says where it works", () => {
    expect(() => show(activationFigure("relu"))).toThrow(/Jupyter notebook on the tslab kernel/);
  });

  it("in a kernel, sends plotly.js once, then one display per figure holding the three mimetypes", () => {
    const sent: Sent[] = [];
    tslabJupyter.lastWriteDisplayData = (content: Sent["content"], update: boolean) => sent.push({ content, update });
    const figures = [activationFigure("gelu"), activationFigure("tanh")];
    figures.forEach((figure) => show(figure));
    const [library, ...displays] = sent;
    expect(Object.keys(library.content.data)).toEqual(["text/html"]);
    expect(library.content.data["text/html"]).toContain("data-actlab-plotly-library");
    expect(displays).toHaveLength(2);
    displays.forEach(({ content, update }, i) => {
      expect(update).toBe(false);
      expect(Object.keys(content.data).sort()).toEqual([PLOTLY_MIMETYPE, "text/html", "text/plain"]);
      // The figure itself, numbers to 7 significant digits (as the HTML embeds them).
      const sentFigure = content.data[PLOTLY_MIMETYPE] as (typeof figures)[number];
      expect(sentFigure.layout).toEqual(figures[i].layout);
      const [sentTrace, trace] = [sentFigure.data[0] as { y: number[] }, figures[i].data[0] as { y: number[] }];
      expect(sentTrace.y).toHaveLength(trace.y.length);
      trace.y.forEach((value, k) =>
        expect(Math.abs(sentTrace.y[k] - value)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(value))),
      );
      expect(content.data["text/html"]).toContain('class="actlab-figure"');
      const text = content.data["text/plain"] as string;
      expect(text).not.toContain("\n");
      expect(text).toContain(figures[i].layout.title!.text);
    });
  });
});
