import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Display } from "tslab";
import { figureHtml, plotlyLibraryHtml } from "./figureHtml";
import type { Figure } from "./types";

/** Whether this kernel session has sent plotly.js yet; a kernel restart resets it (new process). */
let libraryShown = false;
let figureCount = 0;
/** Ids unique across kernel sessions, so figures from before a restart never collide with new ones. */
const sessionTag = randomBytes(4).toString("hex");

/** plotly.js from the plotly.js-dist package, read once per kernel session when first needed. */
export function plotlySource(): string {
  return readFileSync(require.resolve("plotly.js-dist/plotly.js"), "utf8");
}

function tslabDisplay(): Display {
  // Loaded on first use: tslab brings the TypeScript compiler, which only a notebook kernel needs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("tslab") as typeof import("tslab")).display;
}

/**
 * Draws a figure below the current notebook cell: interactive (hover, zoom, legend toggles), with no
 * network. The first call of a kernel session also sends plotly.js (~10 MB, once per page).
 *
 * @example show(activationFigure("gelu"))
 * @example show(compareActivationsFigure(["relu", "gelu", "silu"]))
 */
export function show(figure: Figure): void {
  const display = tslabDisplay();
  try {
    if (!libraryShown) display.html(plotlyLibraryHtml(plotlySource()));
  } catch (error) {
    throw new Error(
      `show() draws in a Jupyter notebook on the tslab kernel (${String(error)}); elsewhere, write figureHtml(figure, id) into a page that loads plotly.js`,
    );
  }
  libraryShown = true;
  figureCount += 1;
  display.html(figureHtml(figure, `actlab-figure-${sessionTag}-${figureCount}`));
}
