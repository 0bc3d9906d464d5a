#!/usr/bin/env node
// Real-browser checks (a stage of `npm test`, after the book and slides are built from
// build/executed/): headless Chromium with the network blocked
//   1. opens every book page from disk: every figure holds a drawn plot, math rendered, no console
//      errors, nothing fetched from outside; a screenshot per page in build/screenshots/;
//   2. opens every slide deck at 1280×720: every slide fits without scrolling (browser-slides.mjs,
//      with a screenshot of each slide with a figure), its figures are drawn, its math rendered;
//   3. starts the real Notebook server (scripts/start.mjs, as `npm start` does), opens
//      notebooks/00-tour.ipynb, runs Kernel → Restart & Run All through the menu, and checks that the
//      plots rendered in the live page;
//   4. the real JupyterLab 4 notebook widget (test/jupyterlab/, against Debian's jupyter_server):
//      00-tour run in every windowing mode with the figures scrolled out of view, with our HTML and
//      with plotly's renderer; saved and reopened trusted; reopened untrusted.
// Prints one line per check and `N passed, N failed` last; writes build/browser-checks.json.
// Functions passed to page.evaluate run in the browser, where these globals exist.
/* global window, document */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launchBrowser, openWatchedPage, waitForFigures } from "./lib/browser.mjs";
import { figuresAfterScrolling, openHarness, signNotebook, startJupyterServer } from "./lib/browser-jupyterlab.mjs";
import { openLiveNotebook } from "./lib/browser-notebook.mjs";
import { checkSliders } from "./lib/browser-sliders.mjs";
import { SLIDE_VIEWPORT, checkSlideFit, checkSpeakerNotes } from "./lib/browser-slides.mjs";
import { buildDir, projectRoot } from "./lib/project.mjs";

const screenshotsDir = join(buildDir, "screenshots");
const results = [];

function record(name, problems, detail = "") {
  results.push({ name, problems });
  if (problems.length === 0) console.log(`✓ ${name}${detail ? ` (${detail})` : ""}`);
  else console.log(`✗ ${name}\n    ${problems.join("\n    ")}`);
}

/** Problems shared by every page: undrawn figures, outside requests, errors. */
function pageProblems({ figures, blocked, errors }) {
  return [
    ...figures.filter((f) => !f.drawn).map((f) => `figure ${f.id} was not drawn; it shows: "${f.note.slice(0, 120)}"`),
    ...blocked.map((url) => `requested ${url} (the network is blocked; everything must be local)`),
    ...errors,
  ];
}

/** Math: MathJax ran, formulas became SVG, none failed, and no `$…$` is left as text. */
async function mathState(page) {
  return page.evaluate(async () => {
    if (!window.MathJax?.startup?.promise) return { loaded: false };
    await window.MathJax.startup.promise;
    const prose = [...document.querySelectorAll(".jp-RenderedMarkdown, .jp-MarkdownOutput")]
      .map((element) => element.textContent)
      .join("\n");
    return {
      loaded: true,
      rendered: document.querySelectorAll("mjx-container").length,
      failed: document.querySelectorAll("mjx-merror").length,
      leftover: prose.match(/\$[^$\s][^$\n]*\$/)?.[0],
    };
  });
}

function mathProblems(math) {
  if (!math.loaded) return ["MathJax did not load (assets/mathjax/tex-svg-full.js)"];
  return [
    ...(math.failed ? [`${math.failed} formula(s) failed to typeset`] : []),
    ...(math.leftover ? [`math left as text: ${math.leftover}`] : []),
  ];
}

async function checkStaticPage(browser, file, { screenshot, viewport, prepare = async () => {} }) {
  const watched = await openWatchedPage(browser, viewport);
  await watched.page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  await prepare(watched.page);
  const figures = await waitForFigures(watched.page);
  const math = await mathState(watched.page);
  if (screenshot) await watched.page.screenshot({ path: screenshot, fullPage: true });
  await watched.context.close();
  return { figures, math, blocked: watched.blocked, errors: watched.errors };
}

const pagesIn = (dir, suffix) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(suffix) && name !== "index.html")
        .sort()
    : [];

async function checkBook(browser) {
  const bookDir = join(buildDir, "book");
  const pages = pagesIn(bookDir, ".html");
  if (pages.length === 0) return record("book: build/book/ has pages", ["no pages; run `npm run book`"]);
  const index = await checkStaticPage(browser, join(bookDir, "index.html"), {
    screenshot: join(screenshotsDir, "book-index.png"),
  });
  record("book: index.html", [...index.blocked, ...index.errors]);
  for (const name of pages) {
    const state = await checkStaticPage(browser, join(bookDir, name), {
      screenshot: join(screenshotsDir, `book-${name.replace(/\.html$/, "")}.png`),
    });
    const detail = `${state.figures.length} figure(s), ${state.math.rendered ?? 0} formula(s)`;
    record(`book: ${name}`, [...pageProblems(state), ...mathProblems(state.math)], detail);
  }
}

/** Every deck, loaded once at 1280×720: every slide measured (browser-slides.mjs), then its figures and math. */
async function checkSlides(browser) {
  const slidesDir = join(buildDir, "slides");
  const decks = pagesIn(slidesDir, ".slides.html");
  if (decks.length === 0) return record("slides: build/slides/ has decks", ["no decks; run `npm run slides`"]);
  const fits = [];
  for (const name of decks) {
    const deck = name.replace(/\.slides\.html$/, "");
    const state = await checkStaticPage(browser, join(slidesDir, name), {
      viewport: SLIDE_VIEWPORT,
      prepare: async (page) => {
        fits.push(await checkSlideFit(page, record, deck));
        await checkSpeakerNotes(page, record, deck);
      },
    });
    const detail = `${state.figures.length} figure(s), ${state.math.rendered ?? 0} formula(s)`;
    record(`slides: ${name}`, [...pageProblems(state), ...mathProblems(state.math)], detail);
  }
  console.log(
    `slide fit, overflowing/total per deck: ${fits.map((f) => `${f.deck} ${f.overflowing}/${f.slides}`).join(", ")}`,
  );
}

async function checkLiveNotebook(browser) {
  const watched = await openWatchedPage(browser, { width: 1200, height: 1000 });
  const live = await openLiveNotebook(watched.page, "notebooks/00-tour.ipynb");
  try {
    const figures = await live.runAllAndWaitForFigures();
    const cellErrors = await watched.page.locator(".output_error").count();
    // The Notebook scrolls inside its own panel, so a full-page shot would miss the plots.
    await watched.page.locator(".actlab-figure").last().scrollIntoViewIfNeeded();
    await watched.page.screenshot({ path: join(screenshotsDir, "live-00-tour.png") });
    // The classic Notebook logs its own harmless console errors (missing custom.css, …): only
    // uncaught exceptions and outside requests count here.
    const problems = [
      ...(figures.length ? [] : ["no figure appeared after Restart & Run All"]),
      ...pageProblems({
        figures,
        blocked: watched.blocked,
        errors: watched.errors.filter((e) => e.startsWith("uncaught")),
      }),
      ...(cellErrors ? [`${cellErrors} cell(s) raised an error`] : []),
    ];
    record("live Notebook: 00-tour, Restart & Run All through the UI", problems, `${figures.length} figure(s) drawn`);
    const rerun = await live.rerunFirstFigureCell();
    record(
      "live Notebook: re-running the first figure's cell keeps every figure drawn",
      pageProblems({
        figures: rerun,
        blocked: watched.blocked,
        errors: watched.errors.filter((e) => e.startsWith("uncaught")),
      }),
    );
    const reloaded = await live.rerunLastFigureWithoutLibrary();
    const lastFigure = reloaded.at(-1);
    record("live Notebook: with plotly.js gone from the page, a figure fetches it from the Notebook server and draws", [
      ...(lastFigure?.drawn ? [] : ["the last figure did not draw after plotly.js was removed from the page"]),
      ...pageProblems({
        figures: reloaded.slice(-1),
        blocked: watched.blocked,
        errors: watched.errors.filter((e) => e.startsWith("uncaught")),
      }),
    ]);
  } finally {
    await watched.context.close();
    const stopProblems = await live.stop();
    record("live Notebook: server stopped cleanly, notebook file unchanged", stopProblems);
  }
}

/** Problems of a figure list from figuresAfterScrolling: missing figures, undrawn ones, wrong kind. */
function labFigureProblems(states, { expected, kind }) {
  return [
    ...(states.length === expected ? [] : [`${states.length} figure cell(s), expected ${expected}`]),
    ...states
      .filter((state) => !state.drawn)
      .map((state) => `cell ${state.index}: figure not drawn; the output shows: "${state.note.slice(0, 200)}"`),
    ...states
      .filter((state) => state.drawn && !state.kinds.includes(kind))
      .map(
        (state) => `cell ${state.index}: drawn, but not by ${kind} (${state.kinds.join(", ") || "no known output"})`,
      ),
  ];
}

async function checkJupyterLab(browser) {
  const source = join(projectRoot, "notebooks", "00-tour.ipynb");
  const workDir = join(buildDir, "jupyterlab-check");
  mkdirSync(workDir, { recursive: true });
  const copy = join(workDir, "00-tour.ipynb");
  const path = "build/jupyterlab-check/00-tour.ipynb";
  copyFileSync(source, copy);
  const server = await startJupyterServer();
  const uncaught = (watched) => watched.errors.filter((e) => e.startsWith("uncaught"));
  /** Opens the notebook in a fresh page, runs `steps(page)`, records `name`; always closes the page. */
  async function session(name, options, steps, where = { server, path }) {
    const watched = await openWatchedPage(browser, { width: 1100, height: 700 });
    try {
      await openHarness(watched.page, where.server, where.path, options);
      const problems = await steps(watched.page);
      record(`JupyterLab 4: ${name}`, [
        ...problems,
        ...watched.blocked.map((url) => `requested ${url}`),
        ...uncaught(watched),
      ]);
    } finally {
      await watched.page.evaluate(() => window.harness?.shutdown()).catch(() => {});
      await watched.context.close();
    }
  }
  const expected = (await import("./lib/notebooks.mjs"))
    .readNotebook(source)
    .cells.filter((cell) => cell.cell_type === "code" && /\bshow\(/.test([cell.source].flat().join(""))).length;
  const runAllThenScroll =
    (kind, { save = false } = {}) =>
    async (page) => {
      const ran = await page.evaluate(async () => {
        window.harness.scrollToTop();
        return window.harness.runAll();
      });
      const figures = await figuresAfterScrolling(page);
      if (save) await page.evaluate(() => window.harness.save());
      return [...(ran ? [] : ["Run All reported a failing cell"]), ...labFigureProblems(figures, { expected, kind })];
    };
  try {
    // 'none' renders everything; 'full' only the cells on screen; 'contentVisibility' (4.6's
    // default) lays out only those. ('defer' passed too when tried, and is left out for time.)
    for (const windowing of ["none", "full", "contentVisibility"]) {
      await session(
        `Run All, windowing '${windowing}', our HTML output, figures scrolled into view afterwards`,
        { windowing, plotly: false },
        runAllThenScroll("html", { save: windowing === "full" }),
      );
    }
    for (const windowing of ["full"]) {
      await session(
        `Run All, windowing '${windowing}', plotly's renderer at rank 0`,
        { windowing, plotly: true },
        runAllThenScroll("plotly-renderer"),
      );
    }
    await session(
      "saved notebook reopened trusted (windowing 'full'): every figure drawn, nothing run",
      { windowing: "full", plotly: false },
      async (page) => [
        ...((await page.evaluate(() => window.harness.trusted())) ? [] : ["the saved notebook did not open trusted"]),
        ...labFigureProblems(await figuresAfterScrolling(page), { expected, kind: "html" }),
      ],
    );
    // The output carrying plotly.js cleared (as a re-run or "Clear Output" leaves it), the notebook
    // trusted again (`jupyter trust`): the figures must load plotly.js on their own.
    const withLibrary = JSON.parse(readFileSync(copy, "utf8"));
    let cleared = 0;
    for (const cell of withLibrary.cells) {
      const before = cell.outputs?.length ?? 0;
      cell.outputs = cell.outputs?.filter(
        (output) => !/data-actlab-plotly-library/.test([output.data?.["text/html"] ?? ""].flat().join("")),
      );
      cleared += before - (cell.outputs?.length ?? 0);
    }
    writeFileSync(copy, JSON.stringify(withLibrary, null, 1));
    signNotebook(copy);
    await session(
      "plotly.js output cleared, notebook trusted again: every figure loads plotly.js itself and draws",
      { windowing: "full", plotly: false },
      async (page) => [
        ...(cleared === 1 ? [] : [`expected to clear 1 plotly.js output, cleared ${cleared}`]),
        ...((await page.evaluate(() => window.harness.trusted()))
          ? []
          : ["the re-signed notebook did not open trusted"]),
        ...labFigureProblems(await figuresAfterScrolling(page), { expected, kind: "html" }),
      ],
    );
    // A server rooted above the project (as JupyterHub serves the home folder): the same notebook,
    // reached as course/build/…, must find plotly.js at course/node_modules/….
    const hubRoot = mkdtempSync(join(tmpdir(), "actlab-hub-root-"));
    symlinkSync(projectRoot, join(hubRoot, "course"));
    const hubServer = await startJupyterServer({ root: hubRoot });
    try {
      await session(
        "server rooted above the project (JupyterHub layout), plotly.js output cleared: every figure draws",
        { windowing: "full", plotly: false },
        async (page) => labFigureProblems(await figuresAfterScrolling(page), { expected, kind: "html" }),
        { server: hubServer, path: `course/${path}` },
      );
    } finally {
      record("JupyterLab 4: the JupyterHub-layout server stopped cleanly", await hubServer.stop());
      // The link first, on its own: nothing may ever follow it into the project.
      unlinkSync(join(hubRoot, "course"));
      rmSync(hubRoot, { recursive: true, force: true });
    }
    // Any change to the file breaks its signature, as a notebook from someone else has none.
    const saved = JSON.parse(readFileSync(copy, "utf8"));
    saved.metadata.actlab_untrusted_copy = true;
    writeFileSync(copy, JSON.stringify(saved, null, 1));
    await session(
      "reopened untrusted, our HTML: each figure shows its note, no script runs",
      { windowing: "full", plotly: false },
      async (page) => {
        const trusted = await page.evaluate(() => window.harness.trusted());
        const figures = await figuresAfterScrolling(page, { timeout: 3000 });
        return [
          ...(trusted ? ["the edited notebook still opened trusted"] : []),
          ...(figures.length === expected ? [] : [`${figures.length} figure cell(s), expected ${expected}`]),
          ...figures.filter((f) => f.drawn).map((f) => `cell ${f.index}: drawn although untrusted (a script ran)`),
          ...figures
            .filter((f) => !f.drawn && !/Interactive figure/.test(f.note))
            .map((f) => `cell ${f.index}: no note; shows "${f.note.slice(0, 200)}"`),
        ];
      },
    );
    await session(
      "reopened untrusted, plotly's renderer: each figure drawn safely from its JSON",
      { windowing: "full", plotly: true },
      async (page) => [...labFigureProblems(await figuresAfterScrolling(page), { expected, kind: "plotly-renderer" })],
    );
  } finally {
    record("JupyterLab 4: jupyter_server stopped cleanly", await server.stop());
  }
}

rmSync(screenshotsDir, { recursive: true, force: true });
mkdirSync(screenshotsDir, { recursive: true });
const browser = await launchBrowser();
// `--only=jupyterlab` (or book, slides, live, sliders) runs one group, for working on it.
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
const groups = [
  ["book", checkBook],
  ["slides", checkSlides],
  ["live", checkLiveNotebook],
  ["sliders", (browser) => checkSliders(browser, record)], // every slider moved: see browser-sliders.mjs
  ["jupyterlab", checkJupyterLab],
];
for (const [name, check] of groups.filter(([name]) => !only || name === only)) {
  try {
    await check(browser);
  } catch (error) {
    record(`${name}: the check itself failed`, [
      String(error?.stack ?? error)
        .split("\n")
        .slice(0, 6)
        .join("\n    "),
    ]);
  }
}
await browser.close();

const failed = results.filter((r) => r.problems.length).length;
writeFileSync(
  join(buildDir, "browser-checks.json"),
  JSON.stringify({ passed: results.length - failed, failed, results }, null, 2),
);
console.log(`screenshots: build/screenshots/\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
