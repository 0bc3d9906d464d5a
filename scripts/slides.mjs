#!/usr/bin/env node
// `npm run slides [-- --no-execute] [notebooks…]`: lecture slides from the notebooks, offline, in
// build/slides/ (one <name>.slides.html reveal.js deck per notebook, and index.html). The slide
// breaks are planned at build time from the executed notebook (scripts/lib/slide-plan.mjs: rules,
// with cell tags and a cell's own Slideshow type as overrides) so that each slide fits 1280×720;
// reveal.js, MathJax and plotly.js are copied into build/slides/assets/.
import { cpSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { readNotebook } from "./lib/notebooks.mjs";
import { planSlides } from "./lib/slide-plan.mjs";
import { buildDir, projectRoot, secondsSince } from "./lib/project.mjs";
import {
  executedNotebooks,
  copyFromPackage,
  describeNotebook,
  directoryBytes,
  indexPage,
  megabytes,
  nbconvert,
  stageNotebooks,
  siteOptions,
  writeSharedAssets,
} from "./lib/site.mjs";

const start = performance.now();
const { execute, sources } = siteOptions();
const executedDir = join(buildDir, "executed");
const slidesDir = join(buildDir, "slides");
const deckName = (path) => `${basename(path, ".ipynb")}.slides.html`;
const KEYS_NOTE =
  '<p class="actlab-keys">→ next slide · ↓ next part of this slide · <kbd>C</kbd> show or hide a figure\'s code · ' +
  "<kbd>S</kbd> speaker notes · <kbd>Esc</kbd> overview</p>";

/** The staged notebook's cells replaced by the planned slides (scripts/lib/slide-plan.mjs). */
function withPlannedSlides(path) {
  const notebook = readNotebook(path);
  const plan = planSlides(notebook.cells, { afterTitle: KEYS_NOTE });
  notebook.cells = plan.cells;
  writeFileSync(path, JSON.stringify(notebook));
  return { deck: deckName(path), slides: plan.slides, subslides: plan.subslides };
}

const { executed, failed } = await executedNotebooks(sources, executedDir, { execute, label: "slides" });

rmSync(slidesDir, { recursive: true, force: true });
const staged = stageNotebooks(executed, join(buildDir, "staging", "slides"), "assets/plotly.js");
const plans = staged.paths.map(withPlannedSlides);
nbconvert(staged.paths, [
  "--to",
  "slides",
  "--template",
  "actlab-slides",
  "--SlidesExporter.reveal_url_prefix=assets/reveal.js",
  // white: a theme whose fonts ship with reveal.js (simple, the default, fetches Google Fonts).
  "--SlidesExporter.reveal_theme=white",
  `--output-dir=${slidesDir}`,
  "--log-level=WARN",
]);

const assets = join(slidesDir, "assets");
writeSharedAssets(assets, staged.librarySource);
for (const file of ["dist/reveal.css", "dist/reveal.js", "plugin/notes/notes.js"]) {
  copyFromPackage(`reveal.js/${file}`, join(assets, "reveal.js", file));
}
cpSync(join(projectRoot, "node_modules", "reveal.js", "dist", "theme"), join(assets, "reveal.js", "dist", "theme"), {
  recursive: true,
});
const entries = sources.map((source) => ({ href: deckName(source), ...describeNotebook(source) }));
writeFileSync(
  join(slidesDir, "index.html"),
  indexPage({
    heading: "actlab: lecture slides",
    intro:
      "One deck per notebook. → moves to the next slide, ↓ to the next part of a slide, <kbd>C</kbd> shows a figure's code, <kbd>S</kbd> opens the speaker notes, <kbd>Esc</kbd> the overview.",
    entries,
  }),
);
for (const plan of plans)
  console.log(`  ${plan.deck}: ${plan.slides} slide(s), ${plan.subslides} in all (with sub-slides)`);
console.log(
  `slides: ${sources.length} deck(s) + index in build/slides/ (${megabytes(directoryBytes(slidesDir))}) in ${secondsSince(start)} s` +
    (failed ? `; ${failed} notebook(s) failed` : ""),
);
process.exit(failed ? 1 : 0);
