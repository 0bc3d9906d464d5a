import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { activationFigure } from "../../src/plots/activationFigure";
import {
  figureHtml,
  PLOTLY_SERVER_PATH,
  plotlyLibraryHtml,
  plotlyLoaderScript,
  scriptSafe,
} from "../../src/plots/figureHtml";
import type { Figure } from "../../src/plots/types";

const closingTags = (html: string) => html.match(/<\/script/gi)?.length ?? 0;
/** The figure JSON embedded in a figure's script. */
const embeddedFigure = (html: string): Figure => JSON.parse(html.match(/var figure = (.*);\n/)![1]);

describe("figureHtml", () => {
  it("embeds the figure so that it parses back to the same figure (to 7 significant digits)", () => {
    const figure = activationFigure("silu", { points: 50 });
    const parsed = embeddedFigure(figureHtml(figure, "f1"));
    expect(parsed.layout).toEqual(figure.layout);
    const [x, y] = [parsed.data[0] as { x: number[] }, figure.data[0] as { x: number[] }];
    x.x.forEach((value, i) => expect(value).toBeCloseTo(y.x[i], 5));
  });

  it("keeps its two script elements (loader, drawer) whatever the title says, with a visible note inside the container", () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const html = figureHtml({ data: [], layout: { title: { text: title } } }, "figure-1");
        expect(closingTags(html)).toBe(2);
        expect(embeddedFigure(html).layout.title?.text).toBe(title);
        expect(html).toMatch(/<div id="figure-1" class="actlab-figure"[^>]*>\n<p class="actlab-figure-fallback"/);
      }),
    );
  });

  it("carries its own loader: fetches plotly.js from the server with define hidden, and only on a live page", () => {
    const loader = plotlyLoaderScript();
    expect(loader).toContain(PLOTLY_SERVER_PATH);
    expect(loader).toContain('new Function("define", "module", "exports", source)');
    expect(loader).toMatch(/https\?:/);
    // Notebook 7 / JupyterLab keep the base URL in a JSON script, the classic Notebook on <body>.
    expect(loader).toContain('getElementById("jupyter-config-data")');
    expect(loader).toContain('getAttribute("data-base-url")');
    expect(figureHtml({ data: [], layout: {} }, "figure-2")).toContain(loader);
  });

  it("passes the library's path relative to the notebook to the loader, as JSON", () => {
    const html = figureHtml({ data: [], layout: {} }, "figure-3", { libraryFromNotebook: "../node_modules/x.js" });
    expect(html).toContain('"../node_modules/x.js");');
  });

  it("refuses ids that would break the HTML", () => {
    expect(() => figureHtml({ data: [], layout: {} }, 'x" onload="')).toThrow(/valid HTML id/);
  });
});

describe("plotlyLibraryHtml", () => {
  it("hides RequireJS's define from the library and keeps it in one script element", () => {
    fc.assert(
      fc.property(fc.string(), (source) => {
        const html = plotlyLibraryHtml(source);
        expect(html).toContain("(function (define, module, exports) {");
        // the library's own script, then the queue-draining one
        expect(closingTags(html)).toBe(2);
      }),
    );
  });

  it("scriptSafe leaves nothing that ends or comments out a script", () => {
    fc.assert(
      fc.property(fc.string(), (source) => {
        const safe = scriptSafe(`${source}</SCRIPT><!--${source}`);
        expect(safe).not.toMatch(/<\/script|<!--/i);
      }),
    );
  });
});
