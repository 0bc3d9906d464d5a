import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import type { Display } from "tslab";
import { figureBundle, type FigureBundle } from "./figureBundle";
import { plotlyLibraryHtml } from "./figureHtml";
import type { Figure } from "./types";

/** Whether this kernel session has sent plotly.js yet; a kernel restart resets it (new process). */
let libraryShown = false;
let bundleFallbackNoted = false;
let figureCount = 0;
/** Ids unique across kernel sessions, so figures from before a restart never collide with new ones. */
const sessionTag = randomBytes(4).toString("hex");

const plotlyPath = (): string => require.resolve("plotly.js-dist/plotly.js");

/** plotly.js from the plotly.js-dist package, read once per kernel session when first needed. */
export function plotlySource(): string {
  return readFileSync(plotlyPath(), "utf8");
}

/** The kernel runs in the notebook's folder, so this is plotly.js's path as seen from the notebook. */
const libraryFromNotebook = (): string => relative(process.cwd(), plotlyPath()).split(sep).join("/");

function tslabDisplay(): Display {
  // Loaded on first use: tslab brings the TypeScript compiler, which only a notebook kernel needs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("tslab") as typeof import("tslab")).display;
}

type WriteDisplayData = (
  content: { data: Record<string, unknown>; metadata: object; transient: object },
  update: boolean,
) => void;

/**
 * tslab's public `display` sends one mimetype per output. Its kernel module keeps the function that
 * sends a whole display_data message (tslab 1.0: `lastWriteDisplayData` in dist/jupyter.js, set for
 * the cell being run; public.ts calls it too). Internal, so read defensively: undefined if absent.
 */
function bundleWriter(): WriteDisplayData | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const writer = (require("tslab/dist/jupyter") as { lastWriteDisplayData?: unknown }).lastWriteDisplayData;
    return typeof writer === "function" ? (writer as WriteDisplayData) : undefined;
  } catch {
    return undefined;
  }
}

function sendFigure(bundle: FigureBundle, display: Display): void {
  const write = bundleWriter();
  if (write) return write({ data: { ...bundle }, metadata: {}, transient: {} }, false);
  // Without tslab's internal route: the HTML alone, as before bundles, and say so once per session.
  display.html(bundle["text/html"]);
  if (!bundleFallbackNoted) {
    bundleFallbackNoted = true;
    console.warn(
      "actlab: this tslab has no lastWriteDisplayData (tslab/dist/jupyter), so figures go out as text/html only: no plotly JSON for VS Code / JupyterLab's plotly renderer, no text/plain.",
    );
  }
}

/**
 * Draws a figure below the current notebook cell: interactive (hover, zoom, legend toggles), with no
 * network. One display per figure, holding plotly JSON, self-drawing HTML and a one-line text (see
 * figureBundle.ts). The first call of a kernel session also sends plotly.js (~10 MB, once per page).
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
  const id = `actlab-figure-${sessionTag}-${figureCount}`;
  sendFigure(figureBundle(figure, id, { libraryFromNotebook: libraryFromNotebook() }), display);
}
