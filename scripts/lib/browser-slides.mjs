// Slide-fit checks (part of scripts/browser-check.mjs's `slides` group): every slide of every
// deck in build/slides/ is shown at a 1280×720 viewport, as a projector shows it, and fails when its
// content does not fit: the slide scrolls (scrollHeight or scrollWidth beyond its box), an element
// reaches past the slide's box, or a figure's box leaves the viewport. Each problem names the deck,
// the slide (reveal.js's h.v, 1-based as its slide number shows it) and the overflowing element.
// A screenshot of every slide that holds a figure goes to build/screenshots/slides/.
// Functions passed to page.evaluate run in the browser, where these globals exist.
/* global window, document */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { isSpeakerNotes, readNotebook } from "./notebooks.mjs";
import { buildDir, projectRoot } from "./project.mjs";

export const SLIDE_VIEWPORT = { width: 1280, height: 720 };
/** Sub-pixel rounding of transformed boxes; anything beyond this is real overflow. */
const TOLERANCE_PX = 2;

/** Prepares the deck for measuring: MathJax done, no transitions. Resolves to the slide count. Runs in the page. */
async function prepareDeck() {
  const deadline = Date.now() + 15_000;
  while (!(window.Reveal?.isReady?.() && window.MathJax?.startup?.promise) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  if (!window.Reveal?.isReady?.()) throw new Error("reveal.js did not become ready");
  await window.MathJax?.startup?.promise;
  window.Reveal.configure({ transition: "none", backgroundTransition: "none" });
  return window.Reveal.getSlides().length;
}

/**
 * Shows slide `index` (in getSlides() order), waits for its figures to be drawn and laid out, and
 * measures it. Returns { label, figures, problems }. Runs in the page.
 */
async function measureSlide({ index, tolerance }) {
  const slide = window.Reveal.getSlides()[index];
  const { h, v } = window.Reveal.getIndices(slide);
  window.Reveal.slide(h, v, Number.MAX_SAFE_INTEGER); // every fragment shown: the slide at its fullest
  const label = v === undefined ? `${h + 1}` : `${h + 1}.${v + 1}`;
  const figures = [...slide.querySelectorAll(".actlab-figure")];
  const deadline = Date.now() + 10_000;
  while (figures.some((figure) => !figure.querySelector("svg.main-svg")) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  // reveal.js lays the slide out in a frame; then each figure is resized to it, as the deck's
  // slidechanged handler does (awaited here: plotly.js resolves once it has redrawn).
  await new Promise((resolve) => window.requestAnimationFrame(resolve));
  await Promise.all(figures.map((figure) => window.Plotly?.Plots.resize(figure)));

  /** A short, recognisable name for an element: its tag and id or class, and its first words. */
  const describe = (element) => {
    const figure = element.closest(".actlab-figure");
    if (figure) return `figure #${figure.id}`;
    const cell = element.closest(".jp-Cell") ?? element;
    const kind = cell.classList.contains("jp-MarkdownCell")
      ? "markdown cell"
      : cell.classList.contains("jp-CodeCell")
        ? "code cell"
        : element.tagName.toLowerCase();
    const text = (cell.innerText ?? cell.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
    return `${kind} "${text}"`;
  };
  const box = slide.getBoundingClientRect();
  const bottom = Math.min(box.bottom, window.innerHeight) + tolerance;
  const right = Math.min(box.right, window.innerWidth) + tolerance;
  const problems = [];
  if (slide.scrollHeight > slide.clientHeight + tolerance)
    problems.push(`scrolls: content ${slide.scrollHeight} px tall in a ${slide.clientHeight} px slide`);
  if (slide.scrollWidth > slide.clientWidth + tolerance)
    problems.push(`scrolls sideways: content ${slide.scrollWidth} px wide in a ${slide.clientWidth} px slide`);
  // The outermost blocks that reach past the slide's box (cells first, then what they hold).
  const blocks = [...slide.querySelectorAll(".jp-Cell, .actlab-figure, h1, h2, h3, p, pre, table, ul, ol")];
  const reported = new Set();
  for (const element of blocks) {
    if (element.closest("aside.notes")) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue; // hidden (collapsed code, notes)
    const past = [];
    if (rect.bottom > bottom) past.push(`bottom ${Math.round(rect.bottom)} px`);
    if (rect.right > right) past.push(`right ${Math.round(rect.right)} px`);
    if (!past.length) continue;
    const name = describe(element);
    if ([...reported].some((outer) => outer.contains(element))) continue;
    reported.add(element);
    problems.push(
      `${name} reaches past the slide (${past.join(", ")}; the slide's box ends at bottom ${Math.round(box.bottom)} px, right ${Math.round(box.right)} px)`,
    );
  }
  for (const figure of figures) {
    const rect = figure.getBoundingClientRect();
    const outside =
      rect.top < -tolerance ||
      rect.left < -tolerance ||
      rect.bottom > window.innerHeight + tolerance ||
      rect.right > window.innerWidth + tolerance;
    if (outside)
      problems.push(
        `figure #${figure.id} leaves the ${window.innerWidth}×${window.innerHeight} viewport (box ${Math.round(rect.left)},${Math.round(rect.top)} to ${Math.round(rect.right)},${Math.round(rect.bottom)})`,
      );
  }
  const contentBottom = Math.max(box.top, ...blocks.map((element) => element.getBoundingClientRect().bottom));
  // The first few name the trouble; the rest are counted.
  const shown = problems.length > 4 ? [...problems.slice(0, 4), `and ${problems.length - 4} more`] : problems;
  return { label, figures: figures.length, problems: shown, fill: (contentBottom - box.top) / box.height };
}

/** Every slide of one deck: [{ label, figures, problems }], screenshots of slides with figures. */
export async function measureDeck(page, { screenshotsDir, deck }) {
  const count = await page.evaluate(prepareDeck);
  const slides = [];
  for (let index = 0; index < count; index++) {
    const measured = await page.evaluate(measureSlide, { index, tolerance: TOLERANCE_PX });
    if (measured.figures > 0 && screenshotsDir)
      await page.screenshot({ path: join(screenshotsDir, `${deck}-${measured.label.replace(".", "-")}.png`) });
    slides.push(measured);
  }
  return slides;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Measures every slide of the open deck `deck` (file name without .slides.html) and reports it as one
 * record: each overflowing slide is one problem line naming the slide and the elements. Resolves
 * to { slides, overflowing } for the run's summary.
 */
export async function checkSlideFit(page, record, deck) {
  const screenshotsDir = join(buildDir, "screenshots", "slides");
  mkdirSync(screenshotsDir, { recursive: true });
  const slides = await measureDeck(page, { screenshotsDir, deck });
  const overflowing = slides.filter((slide) => slide.problems.length);
  record(
    `slide fit: ${deck}: every slide fits ${SLIDE_VIEWPORT.width}×${SLIDE_VIEWPORT.height}`,
    overflowing.map((slide) => `${deck} slide ${slide.label}: ${slide.problems.join("; ")}`),
    `${slides.length} slide(s), ${slides.filter((slide) => slide.figures).length} with a figure, ` +
      `median fill ${Math.round(100 * median(slides.map((slide) => slide.fill)))}% of the height`,
  );
  return { deck, slides: slides.length, overflowing: overflowing.length };
}

/** The text of every reveal.js speaker-notes element of the open deck. Runs in the page. */
function speakerNotesTexts() {
  return [...document.querySelectorAll(".reveal .slides aside.notes")].map((aside) => aside.textContent.trim());
}

/**
 * What is wrong with a deck's speaker notes, given the texts of its `aside.notes` elements and the
 * source cells tagged as notes (the markdown, "**Speaker notes.** …"): a count that differs (a note
 * lost or invented on the way through nbconvert's template), or an aside without the text of its cell.
 */
export function speakerNotesProblems(deck, asides, sourceNotes) {
  const problems = [];
  if (asides.length !== sourceNotes.length)
    problems.push(
      `${deck}: ${asides.length} aside.notes in the deck, ${sourceNotes.length} speaker-notes cell(s) in its notebook`,
    );
  // What both sides read as words: markdown's marks and the common "Speaker notes." opening dropped.
  const words = (text) =>
    text
      .replace(/[*_`$]/g, "")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^Speaker notes\.\s*/, "");
  sourceNotes.forEach((note, index) => {
    const aside = asides[index];
    const opening = words(note).slice(0, 30);
    if (aside !== undefined && !words(aside).startsWith(opening))
      problems.push(`${deck}: aside.notes ${index + 1} reads "${words(aside).slice(0, 40)}", its cell "${opening}"`);
  });
  return problems;
}

/**
 * Checks the open deck's speaker notes against notebooks/<deck>.ipynb: one `aside.notes` per cell
 * tagged `speaker-notes`, in order, each with its cell's text.
 */
export async function checkSpeakerNotes(page, record, deck) {
  const source = join(projectRoot, "notebooks", `${deck}.ipynb`);
  if (!existsSync(source)) return record(`speaker notes: ${deck}`, [`no notebooks/${deck}.ipynb to compare with`]);
  const sourceNotes = readNotebook(source)
    .cells.filter(isSpeakerNotes)
    .map((cell) => [cell.source].flat().join(""));
  const asides = await page.evaluate(speakerNotesTexts);
  record(
    `speaker notes: ${deck}: one aside.notes per speaker-notes cell`,
    speakerNotesProblems(deck, asides, sourceNotes),
    `${asides.length} note(s)`,
  );
}
