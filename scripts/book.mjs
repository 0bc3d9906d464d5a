#!/usr/bin/env node
// `npm run book [-- --no-execute] [notebooks…]`: executes every notebook through real Jupyter (as
// `npm test` does) and writes an offline static site to build/book/: index.html with the course map,
// one page per notebook (nbconvert's HTML exporter with scripts/templates/actlab-book), and shared
// assets/ (plotly.js once, MathJax 3). Open build/book/index.html from disk; nothing is fetched.
// --no-execute converts the notebooks already executed into build/executed/ (the test stage uses it).
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { buildDir, secondsSince } from "./lib/project.mjs";
import {
  executedNotebooks,
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
const bookDir = join(buildDir, "book");
const pageName = (path) => `${basename(path, ".ipynb")}.html`;

const { executed, failed } = await executedNotebooks(sources, executedDir, { execute, label: "book" });

rmSync(bookDir, { recursive: true, force: true });
const staged = stageNotebooks(executed, join(buildDir, "staging", "book"), "assets/plotly.js", { speakerNotes: false });
nbconvert(staged.paths, ["--to", "html", "--template", "actlab-book", `--output-dir=${bookDir}`, "--log-level=WARN"]);

// Previous/next links, now that every page's neighbours are known.
sources.forEach((source, index) => {
  const link = (path, label) => (path ? `<a href="${pageName(path)}">${label}</a>` : "");
  const nav = [link(sources[index - 1], "← previous"), link(sources[index + 1], "next →")].join("");
  const page = join(bookDir, pageName(source));
  writeFileSync(page, readFileSync(page, "utf8").replace("<!-- actlab-book-nav -->", nav));
});

writeSharedAssets(join(bookDir, "assets"), staged.librarySource);
const entries = sources.map((source) => ({ href: pageName(source), ...describeNotebook(source) }));
writeFileSync(
  join(bookDir, "index.html"),
  indexPage({
    heading: "actlab: activation functions, derived and checked",
    intro: "The course notebooks, executed. Every figure is interactive: hover, zoom, click legend entries.",
    entries,
  }),
);
console.log(
  `book: ${sources.length} page(s) + index in build/book/ (${megabytes(directoryBytes(bookDir))}) in ${secondsSince(start)} s` +
    (failed ? `; ${failed} notebook(s) failed, their pages show the error` : ""),
);
process.exit(failed ? 1 : 0);
