/**
 * The HTML that draws figures in a notebook page, as pure functions of their inputs (show() sends
 * it inside a bundle, see figureBundle.ts; the tests and the book read it). Conventions, and why:
 * - Classic Notebook 6, JupyterLab 4, Notebook 7 and VS Code run the scripts of trusted `text/html`
 *   outputs, and nbconvert copies it verbatim into an HTML export (the book, the slides).
 * - plotly.js travels once per kernel session, in its own output before the first figure, with
 *   RequireJS's `define` hidden from it (the classic Notebook loads RequireJS; a library that sees
 *   `define` registers itself as an anonymous module instead of setting window.Plotly).
 * - A figure never depends on that output having been rendered: JupyterLab and Notebook 7 may
 *   render only the cells on screen, VS Code renders lazily, a saved notebook may have lost it.
 *   Each figure carries a small loader (defined once per page) that uses window.Plotly, else joins a
 *   fetch already under way, else fetches plotly.js from the Jupyter server at paths derived from
 *   the page (base URL, notebook path, and the library's path relative to the notebook, which the
 *   kernel knows); when every path fails the figure's note says exactly what to do.
 * - A figure finds its container from its own script element first (an output may be detached from
 *   the document when its script runs, and the same notebook may be open twice), by id otherwise.
 * - The container holds a visible note that the drawing replaces: a viewer that runs no scripts
 *   (GitHub's preview, an untrusted notebook in JupyterLab) shows the note, never an empty box.
 */
import type { Figure } from "./types";

/** Marks the library's <script>, so the book can swap the inlined copy for one shared file. */
export const PLOTLY_LIBRARY_ATTRIBUTE = "data-actlab-plotly-library";
/** Marks each figure container, so browser checks can find every figure on a page. */
export const FIGURE_CLASS = "actlab-figure";
/** Where plotly.js sits in the project; a server rooted at the project serves it at files/<this>. */
export const PLOTLY_SERVER_PATH = "node_modules/plotly.js-dist/plotly.js";
/** The global queue of figures waiting for plotly.js. */
const QUEUE = "actlabPlotlyQueue";
/** The page-wide loader each figure calls when window.Plotly is missing. */
const LOADER = "actlabLoadPlotly";

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Text that can sit inside a <script> element: no `</script` or `<!--` may end or confuse it. */
export function scriptSafe(source: string): string {
  return source.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/** JSON that can sit inside a <script> element (`<` escaped, so no string can end the script). */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, "\\u003c");

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
  return `${what} It is drawn by plotly.js when the notebook runs in Jupyter or VS Code, or in the HTML book (npm run book). This viewer runs no scripts; in JupyterLab or Notebook 7, trust the notebook (File → Trust Notebook) or run its cells again.`;
}

/** A JSON copy of the figure whose numbers keep 7 significant digits (plenty for hover read-outs, a third of the bytes). */
export function roundedFigure(figure: Figure): Figure {
  return JSON.parse(
    JSON.stringify(figure, (_, value) =>
      typeof value === "number" && Number.isFinite(value) ? Number(value.toPrecision(7)) : value,
    ),
  );
}

export interface FigureHtmlOptions {
  /**
   * plotly.js's path relative to the notebook's folder, with `/` separators (the kernel runs in that
   * folder, so show() knows it): lets the loader find the library whatever folder the server serves.
   */
  libraryFromNotebook?: string;
}

/** One figure's output: the loader, a container with the fallback note, and the script that draws into it. */
export function figureHtml(figure: Figure, id: string, options: FigureHtmlOptions = {}): string {
  if (!/^[A-Za-z][\w-]*$/.test(id))
    throw new Error(`figureHtml: id must be a valid HTML id (a letter, then letters, digits, - or _), got '${id}'`);
  const height = figure.layout.height ?? 420;
  const rounded = roundedFigure(figure);
  const relative = options.libraryFromNotebook ?? "";
  return `${plotlyLoaderScript()}
<div id="${id}" class="${FIGURE_CLASS}" style="width: 100%; min-height: ${height}px;">
<p class="actlab-figure-fallback" style="margin: 0; padding: 1em; border: 1px dashed #999; color: #555;">${fallbackNote(figure)}</p>
</div>
<script type="text/javascript">
(function () {
  var figure = ${scriptJson(rounded)};
  var script = document.currentScript;
  var attempts = 0;
  function container() {
    var scope = script && script.parentNode;
    return (scope && scope.querySelector && scope.querySelector("#${id}")) || document.getElementById("${id}");
  }
  function draw() {
    var element = container();
    if (!element) {
      // Not in the document yet (the classic Notebook runs scripts before attaching the output).
      if (++attempts < 200) setTimeout(draw, 25);
      return;
    }
    element.innerHTML = "";
    window.Plotly.newPlot(element, figure.data, figure.layout, figure.config);
  }
  if (window.Plotly) return draw();
  (window.${QUEUE} = window.${QUEUE} || []).push(draw);
  // The library output, when it is on the page, runs before this; give it a moment, then load.
  setTimeout(function () {
    if (!window.Plotly) window.${LOADER}(container, ${scriptJson(relative)});
  }, 250);
})();
</script>`;
}

/**
 * The page-wide loader (defined by the first figure that runs; the same text in every figure).
 * `load(container, relative)` fetches plotly.js once per page from the first candidate URL that
 * answers, evaluates it with `define` hidden, draws the queue; on failure it writes into the
 * figure's note which URLs it tried and what to do.
 */
export function plotlyLoaderScript(): string {
  return `<script type="text/javascript">
window.${LOADER} = window.${LOADER} || (function () {
  function baseUrl() {
    // JupyterLab and Notebook 7 keep their settings in a JSON script; the classic Notebook on <body>.
    var config = document.getElementById("jupyter-config-data");
    if (config) {
      try { var parsed = JSON.parse(config.textContent); if (parsed.baseUrl) return parsed.baseUrl; } catch (error) {}
    }
    var body = document.body && document.body.getAttribute("data-base-url");
    return body || "/";
  }
  function notebookPath(base) {
    // The notebook's path under the server root, from the page: classic Notebook's <body>, else the URL
    // (JupyterLab /lab/tree/…, Notebook 7 and classic /notebooks/…, /doc/tree/…).
    var fromBody = document.body && document.body.getAttribute("data-notebook-path");
    if (fromBody) return fromBody;
    var path = decodeURIComponent(location.pathname);
    if (path.indexOf(base) === 0) path = path.slice(base.length);
    var match = path.match(/^(?:lab\\/(?:workspaces\\/[^/]+\\/)?tree|notebooks|doc\\/tree|doc)\\/(.+\\.ipynb)$/);
    return match ? match[1] : "";
  }
  function normalise(path) {
    var parts = [];
    path.split("/").forEach(function (part) {
      if (part === "..") parts.pop();
      else if (part && part !== ".") parts.push(part);
    });
    return parts.join("/");
  }
  function candidates() {
    var base = baseUrl();
    if (base.charAt(base.length - 1) !== "/") base += "/";
    var folder = notebookPath(base).split("/").slice(0, -1);
    var paths = [];
    if (relative && folder.length) paths.push(normalise(folder.join("/") + "/" + relative));
    // The project may sit anywhere above the notebook (JupyterHub serves the home folder).
    for (var depth = folder.length; depth >= 0; depth--) {
      var above = folder.slice(0, depth).join("/");
      paths.push((above ? above + "/" : "") + "${PLOTLY_SERVER_PATH}");
    }
    return paths.filter(function (path, index) { return paths.indexOf(path) === index; })
      .map(function (path) { return base + "files/" + path.split("/").map(encodeURIComponent).join("/"); });
  }
  var relative = "";
  function fetchFirst(urls, index) {
    if (index >= urls.length) return Promise.reject(new Error("not found"));
    return fetch(urls[index], { credentials: "same-origin" }).then(function (response) {
      var type = response.headers.get("content-type") || "";
      if (!response.ok || type.indexOf("html") >= 0) return fetchFirst(urls, index + 1);
      return response.text();
    }, function () { return fetchFirst(urls, index + 1); });
  }
  function explain(container, tried) {
    var element = container();
    if (window.Plotly || !element || !element.firstElementChild) return;
    element.firstElementChild.textContent = "This figure could not load plotly.js: it is not on this page (its output was not rendered or was cleared)" +
      (tried.length ? ", and the Jupyter server did not serve it at " + tried.join(" or ") : ", and this page is not served by a Jupyter server") +
      ". Run the cell again (or Run All) to draw it; to draw figures of a reopened notebook, start Jupyter with npm start, or so that its root folder contains the course folder.";
  }
  return function (container, relativeFromNotebook) {
    if (window.Plotly) return;
    relative = relative || relativeFromNotebook;
    var live = /^https?:$/.test(location.protocol);
    var urls = live ? candidates() : [];
    if (!window.actlabPlotlyFetch) {
      window.actlabPlotlyFetch = (live ? fetchFirst(urls, 0) : Promise.reject(new Error("no server"))).then(function (source) {
        if (!window.Plotly) new Function("define", "module", "exports", source).call(window);
        ${drainQueueBody()}
      });
      // A later figure may find paths this one could not (another notebook open): allow a retry.
      window.actlabPlotlyFetch.catch(function () { window.actlabPlotlyFetch = undefined; });
    }
    window.actlabPlotlyFetch.catch(function () { explain(container, urls); });
  };
})();
</script>`;
}
