/**
 * The HTML that draws figures in a notebook page, as pure functions of their inputs (show() sends
 * it; the tests and the book read it). Conventions it relies on, and why:
 * - One `text/html` output per figure: classic Notebook 6, JupyterLab 4 and VS Code all render it and
 *   run its scripts for trusted outputs, and nbconvert copies it verbatim into an HTML export.
 * - plotly.js travels once per page, in the output of the first show() of a kernel session, with
 *   RequireJS's `define` hidden from it (the classic Notebook loads RequireJS; a library that sees
 *   `define` registers itself as an anonymous module instead of setting window.Plotly).
 * - A figure's script queues its drawing until window.Plotly exists, so the order in which outputs
 *   are rendered does not matter, and retries while its container is not yet in the document (the
 *   classic Notebook runs an output's scripts before attaching it).
 * - The container holds a visible note that the drawing replaces: a viewer that runs no scripts
 *   (GitHub's preview) shows the note, never an empty box.
 */
import type { Figure } from "./types";

/** Marks the library's <script>, so the book can swap the inlined copy for one shared file. */
export const PLOTLY_LIBRARY_ATTRIBUTE = "data-actlab-plotly-library";
/** Marks each figure container, so browser checks can find every figure on a page. */
export const FIGURE_CLASS = "actlab-figure";
/** The global queue of figures waiting for plotly.js. */
const QUEUE = "actlabPlotlyQueue";

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Text that can sit inside a <script> element: no `</script` or `<!--` may end or confuse it. */
export function scriptSafe(source: string): string {
  return source.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/**
 * The library output: plotly.js (skipped if the page already has it, e.g. after a kernel restart)
 * with `define`, `module` and `exports` hidden, then a script that draws every queued figure.
 */
export function plotlyLibraryHtml(plotlySource: string): string {
  return [
    `<script type="text/javascript" ${PLOTLY_LIBRARY_ATTRIBUTE}>`,
    "if (!window.Plotly) {",
    "(function (define, module, exports) {",
    scriptSafe(plotlySource),
    "}).call(window);",
    "}",
    "</script>",
    drainQueueScript(),
  ].join("\n");
}

/** JavaScript that draws the figures queued before plotly.js arrived. */
function drainQueueBody(): string {
  return `var waiting = window.${QUEUE} || []; window.${QUEUE} = []; waiting.forEach(function (draw) { draw(); });`;
}

/** Draws the figures that were shown before plotly.js arrived; later figures draw at once. */
export function drainQueueScript(): string {
  return `<script type="text/javascript">
(function () { ${drainQueueBody()} })();
</script>`;
}

/** The fallback text a viewer that runs no scripts shows in place of the plot. */
export function fallbackNote(figure: Figure): string {
  const title = figure.layout.title?.text;
  const what = title ? `Interactive figure: ${escapeHtml(title)}.` : "Interactive figure.";
  return `${what} It is drawn by plotly.js when the notebook runs in Jupyter or VS Code, or in the HTML book (npm run book); this viewer runs no scripts.`;
}

/** One figure's output: a container with the fallback note, and the script that draws into it. */
export function figureHtml(figure: Figure, id: string): string {
  if (!/^[A-Za-z][\w-]*$/.test(id))
    throw new Error(`figureHtml: id must be a valid HTML id (a letter, then letters, digits, - or _), got '${id}'`);
  const height = figure.layout.height ?? 420;
  // Numbers keep 7 significant digits (plenty for hover read-outs, a third of the bytes); `<` is
  // escaped so a title such as "</script>" cannot end the script early.
  const json = JSON.stringify(figure, (_, value) =>
    typeof value === "number" && Number.isFinite(value) ? Number(value.toPrecision(7)) : value,
  ).replace(/</g, "\\u003c");
  return `${serverLoaderScript()}
<div id="${id}" class="${FIGURE_CLASS}" style="width: 100%; min-height: ${height}px;">
<p class="actlab-figure-fallback" style="margin: 0; padding: 1em; border: 1px dashed #999; color: #555;">${fallbackNote(figure)}</p>
</div>
<script type="text/javascript">
(function () {
  var figure = ${json};
  var attempts = 0;
  function draw() {
    var element = document.getElementById("${id}");
    if (!element) {
      // Not in the document yet (the classic Notebook runs scripts before attaching the output).
      if (++attempts < 200) setTimeout(draw, 25);
      return;
    }
    element.innerHTML = "";
    window.Plotly.newPlot(element, figure.data, figure.layout, figure.config);
  }
  if (window.Plotly) draw();
  else (window.${QUEUE} = window.${QUEUE} || []).push(draw);
  setTimeout(function () {
    if (!window.Plotly) ${LOAD_FROM_SERVER}("${id}");
  }, 2000);
})();
</script>`;
}

const LOAD_FROM_SERVER = "actlabLoadPlotlyFromServer";

/**
 * A fallback for a live Notebook page whose library output is gone (the first figure's cell was
 * re-run, or a saved notebook lost that output): fetch plotly.js from the Notebook server, which
 * `npm start` roots at the project, and evaluate it with `define` hidden, then draw the queue.
 * Where that is impossible (a static page, another server root), the note says what to do.
 */
export function serverLoaderScript(): string {
  return `<script type="text/javascript">
window.${LOAD_FROM_SERVER} = window.${LOAD_FROM_SERVER} || function (id) {
  function explain() {
    var element = document.getElementById(id);
    if (window.Plotly || !element || !element.firstElementChild) return;
    element.firstElementChild.textContent = "plotly.js is not on this page (the output that carried it was cleared). Run Kernel → Restart & Run All to draw this figure.";
  }
  var base = document.body && document.body.getAttribute("data-base-url");
  if (!base || !/^https?:$/.test(location.protocol)) return explain();
  if (!window.actlabPlotlyFetch) {
    window.actlabPlotlyFetch = fetch(base + "files/${PLOTLY_SERVER_PATH}")
      .then(function (response) { if (!response.ok) throw new Error(response.status); return response.text(); })
      .then(function (source) {
        if (!window.Plotly) new Function("define", "module", "exports", source).call(window);
        ${drainQueueBody()}
      });
  }
  window.actlabPlotlyFetch.catch(explain);
};
</script>`;
}

/** Where the Notebook server (rooted at the project by npm start) serves plotly.js from. */
export const PLOTLY_SERVER_PATH = "node_modules/plotly.js-dist/plotly.js";
