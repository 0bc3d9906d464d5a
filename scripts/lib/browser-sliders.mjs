// Slider checks (a stage of scripts/browser-check.mjs): every figure that carries a Plotly slider
// (built by sliderFigure, src/plots/sliderFigure.ts) is moved with the mouse, as a reader would,
// in the offline book, the slides and the live Notebook, and must then draw different data: the
// `d` of its trace paths (or the `href` of heatmap images) before and after must differ, and the
// slider must report the new step. A builder whose steps do not swap the data fails here.
// Functions passed to page.evaluate run in the browser, where these globals exist.
/* global window, document */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { openWatchedPage, waitForFigures } from "./browser.mjs";
import { openLiveNotebook } from "./browser-notebook.mjs";
import { buildDir } from "./project.mjs";

/** Ids of the drawn figures on the page that have a slider. Runs in the page. */
function sliderFigureIds() {
  return [...document.querySelectorAll(".actlab-figure")]
    .filter((figure) => figure._fullLayout?.sliders?.length && figure.querySelector(".slider-container"))
    .map((figure) => figure.id);
}

/** What the figure draws (trace paths and images) and where its slider stands. Runs in the page. */
function drawnState(id) {
  const figure = document.getElementById(id);
  const marks = [...figure.querySelectorAll("svg.main-svg g.cartesianlayer .trace path, g.heatmaplayer image")];
  return {
    data: marks.map((mark) => mark.getAttribute("d") ?? mark.getAttribute("href") ?? "").join("|"),
    active: figure._fullLayout.sliders[0].active,
    steps: figure._fullLayout.sliders[0].steps.length,
  };
}

/** Clicks the slider's rail at the tick of the step farthest from the active one; returns its index. */
async function moveSlider(page, id) {
  const { active, steps } = await page.evaluate(drawnState, id);
  const target = active < steps / 2 ? steps - 1 : 0;
  const tick = page.locator(`#${id} rect.slider-tick-rect`).nth(target);
  await tick.scrollIntoViewIfNeeded();
  const tickBox = await tick.boundingBox();
  const railBox = await page.locator(`#${id} rect.slider-rail-touch-rect`).boundingBox();
  if (!tickBox || !railBox) throw new Error(`figure ${id}: its slider has no visible rail or ticks`);
  await page.mouse.click(tickBox.x + tickBox.width / 2, railBox.y + railBox.height / 2);
  return target;
}

/** Problems with every slider figure on the page (empty when each one redrew on a move). */
async function sliderProblems(page, { atLeast = 1 } = {}) {
  const ids = await page.evaluate(sliderFigureIds);
  if (ids.length < atLeast) return [[`found ${ids.length} figure(s) with a slider, expected at least ${atLeast}`], 0];
  const problems = [];
  for (const id of ids) {
    const before = await page.evaluate(drawnState, id);
    const target = await moveSlider(page, id);
    // The step's command runs on the next animation frame; give the redraw a moment.
    let after = before;
    for (let wait = 0; wait < 40 && (after.active !== target || after.data === before.data); wait++) {
      await page.waitForTimeout(50);
      after = await page.evaluate(drawnState, id);
    }
    if (after.active !== target)
      problems.push(`figure ${id}: the slider stayed at step ${after.active} after a click on step ${target}`);
    else if (after.data === before.data)
      problems.push(
        `figure ${id}: moving the slider from step ${before.active} to ${target} did not change the drawn data`,
      );
  }
  return [problems, ids.length];
}

/** Pages in `dir` whose HTML carries slider steps. */
export const pagesWithSliders = (dir, suffix) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(suffix) && name !== "index.html")
        .filter((name) => readFileSync(join(dir, name), "utf8").includes('"sliders":'))
        .sort()
    : [];

/**
 * Issue 15 asks for a slider in every notebook of the course proper (00–09): the built pages of
 * those notebooks that carry none. Pages that were not built (a partial build) are not counted.
 */
export function coursePagesWithoutSliders(dir, suffix, pages) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix) && /^0\d-/.test(name))
    .filter((name) => !pages.includes(name))
    .sort();
}

function recordCoverage(record, label, dir, suffix, pages) {
  const missing = coursePagesWithoutSliders(dir, suffix, pages);
  record(
    `sliders, ${label}: every page of notebooks 00–09 has a slider figure`,
    missing.map((name) => `${name} has no slider figure`),
    `${pages.length} page(s) with sliders`,
  );
}

async function checkStaticPages(browser, record, { label, dir, suffix, prepare = async () => {} }) {
  const pages = pagesWithSliders(dir, suffix);
  recordCoverage(record, label, dir, suffix, pages);
  if (pages.length === 0) return record(`sliders, ${label}: some page has a slider figure`, [`none in ${dir}`]);
  for (const name of pages) {
    const watched = await openWatchedPage(browser);
    try {
      await watched.page.goto(pathToFileURL(join(dir, name)).href, { waitUntil: "load" });
      await prepare(watched.page);
      await waitForFigures(watched.page);
      const [problems, count] = await sliderProblems(watched.page);
      record(`sliders, ${label} ${name}: moving each slider redraws its figure`, problems, `${count} slider figure(s)`);
    } finally {
      await watched.context.close();
    }
  }
}

/**
 * Shows the slide holding a figure (reveal.js hides the others, and a hidden slider cannot be clicked),
 * stepped on to the fragment that holds it, as a reader pressing → would (a fragment stays hidden until then).
 */
async function showSlideOf(page, id) {
  await page.evaluate((figureId) => {
    const figure = document.getElementById(figureId);
    const { h, v } = window.Reveal.getIndices(figure.closest("section"));
    const fragment = figure.closest(".fragment");
    window.Reveal.slide(h, v, fragment ? Number(fragment.dataset.fragmentIndex) : undefined);
  }, id);
  await page.waitForTimeout(300);
}

async function checkSlides(browser, record) {
  const dir = join(buildDir, "slides");
  const pages = pagesWithSliders(dir, ".slides.html");
  recordCoverage(record, "slides", dir, ".slides.html", pages);
  if (pages.length === 0) return record("sliders, slides: some deck has a slider figure", [`none in ${dir}`]);
  for (const name of pages) {
    const watched = await openWatchedPage(browser);
    try {
      await watched.page.goto(pathToFileURL(join(dir, name)).href, { waitUntil: "load" });
      await waitForFigures(watched.page);
      const ids = await watched.page.evaluate(sliderFigureIds);
      const problems = ids.length ? [] : ["no figure with a slider was drawn"];
      for (const id of ids) {
        await showSlideOf(watched.page, id);
        const before = await watched.page.evaluate(drawnState, id);
        const target = await moveSlider(watched.page, id);
        await watched.page.waitForTimeout(400);
        const after = await watched.page.evaluate(drawnState, id);
        if (after.active !== target || after.data === before.data)
          problems.push(
            `figure ${id}: step ${before.active} → ${target} left the slider at ${after.active}, data ${after.data === before.data ? "unchanged" : "changed"}`,
          );
      }
      record(
        `sliders, slides ${name}: moving each slider redraws its figure`,
        problems,
        `${ids.length} slider figure(s)`,
      );
    } finally {
      await watched.context.close();
    }
  }
}

async function checkLiveNotebook(browser, record, notebookPath) {
  const watched = await openWatchedPage(browser, { width: 1200, height: 1000 });
  const live = await openLiveNotebook(watched.page, notebookPath);
  try {
    await live.runAllAndWaitForFigures();
    const [problems, count] = await sliderProblems(watched.page);
    record(
      `sliders, live Notebook ${notebookPath}: moving each slider redraws its figure`,
      problems,
      `${count} slider figure(s)`,
    );
  } finally {
    await watched.context.close();
    record(`sliders, live Notebook: server stopped cleanly, ${notebookPath} unchanged`, await live.stop());
  }
}

/**
 * Every slider check, each reported through `record(name, problems, detail)`. The live check opens
 * each of `liveNotebooks` in the classic Notebook, runs it and moves its sliders: by default two
 * notebooks whose sliders draw different traces (05's bars over the temperature, 09's histograms
 * and lines); the book and the slides cover every notebook's sliders.
 */
export async function checkSliders(
  browser,
  record,
  { liveNotebooks = ["notebooks/05-softmax.ipynb", "notebooks/09-normalization.ipynb"] } = {},
) {
  await checkStaticPages(browser, record, { label: "book", dir: join(buildDir, "book"), suffix: ".html" });
  await checkSlides(browser, record);
  for (const notebook of liveNotebooks) await checkLiveNotebook(browser, record, notebook);
}
