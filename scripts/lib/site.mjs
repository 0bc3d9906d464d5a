// What the book and the slides share: staging executed notebooks for nbconvert (with the inlined
// plotly.js swapped for one shared file), running nbconvert with our templates, copying assets, and
// the course map built from the notebooks' titles.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { describeResult, executeNotebooks } from "./execute.mjs";
import { cellSource, listNotebooks, readNotebook, withoutSpeakerNotes } from "./notebooks.mjs";
import { jupyterEnv, projectRoot } from "./project.mjs";

export const templatesDir = join(projectRoot, "scripts", "templates");
const nodeModules = join(projectRoot, "node_modules");

// The library output that show() emits (src/plots/figureHtml.ts): its script element, whose text
// never contains `</script` (it is escaped), so the first closing tag ends it.
const LIBRARY_SCRIPT = /<script type="text\/javascript" data-actlab-plotly-library>\n([\s\S]*?)\n<\/script>/;

/** The plotly.js tag pages use instead of the inlined copy. */
export function libraryTag(src) {
  return `<script type="text/javascript" src="${src}" data-actlab-plotly-library></script>`;
}

/** Output HTML as one string (nbformat allows a string or a list of lines). */
const joined = (value) => (Array.isArray(value) ? value.join("") : value);

/**
 * Copies executed notebooks into `stagingDir` with every inlined plotly.js replaced by a tag that
 * loads `librarySrc`; resolves to { paths, librarySource } (the library script's text, or undefined
 * when no notebook showed a figure). Done on the notebook JSON, before nbconvert, so nbconvert
 * handles kilobytes rather than a 14 MB notebook each. `speakerNotes: false` leaves the speaker
 * notes out (the book: a reader has no lecturer; the slides keep them).
 */
export function stageNotebooks(executedPaths, stagingDir, librarySrc, { speakerNotes = true } = {}) {
  rmSync(stagingDir, { recursive: true, force: true });
  mkdirSync(stagingDir, { recursive: true });
  let librarySource;
  const paths = executedPaths.map((path) => {
    const read = readNotebook(path);
    const notebook = speakerNotes ? read : withoutSpeakerNotes(read);
    for (const cell of notebook.cells) {
      for (const output of cell.outputs ?? []) {
        const html = output.data?.["text/html"];
        if (html === undefined) continue;
        const text = joined(html);
        const match = LIBRARY_SCRIPT.exec(text);
        if (!match) continue;
        librarySource ??= match[1];
        output.data["text/html"] = text.replace(LIBRARY_SCRIPT, () => libraryTag(librarySrc));
      }
    }
    const staged = join(stagingDir, basename(path));
    writeFileSync(staged, JSON.stringify(notebook));
    return staged;
  });
  return { paths, librarySource };
}

/** Runs `jupyter nbconvert` once for many notebooks, with our templates on the search path. */
export function nbconvert(paths, args) {
  const result = spawnSync(
    "jupyter",
    ["nbconvert", `--TemplateExporter.extra_template_basedirs=${templatesDir}`, ...args, ...paths],
    { cwd: projectRoot, env: jupyterEnv(), encoding: "utf8" },
  );
  if (result.status !== 0) {
    throw new Error(
      `jupyter nbconvert failed (exit ${result.status}):\n${result.stderr.split("\n").slice(-15).join("\n")}`,
    );
  }
}

/** Copies a file from node_modules (e.g. "mathjax/es5/tex-svg-full.js") to `target`. */
export function copyFromPackage(packagePath, target) {
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(nodeModules, packagePath), target);
}

/** The assets every page needs: MathJax and, when some notebook showed a figure, plotly.js. */
export function writeSharedAssets(assetsDir, librarySource) {
  copyFromPackage("mathjax/es5/tex-svg-full.js", join(assetsDir, "mathjax", "tex-svg-full.js"));
  if (librarySource !== undefined) writeFileSync(join(assetsDir, "plotly.js"), librarySource);
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** A notebook's title (its first `# ` heading) and first paragraph after it, for the course map. */
export function describeNotebook(path) {
  const markdown = readNotebook(path)
    .cells.filter((cell) => cell.cell_type === "markdown")
    .map(cellSource)
    .join("\n\n");
  const title = markdown.match(/^#\s+(.+)$/m)?.[1].trim() ?? basename(path, ".ipynb");
  const afterTitle = markdown.split(/^#\s+.+$/m)[1] ?? "";
  const summary = afterTitle
    .split(/\n\s*\n/)
    .find((paragraph) => paragraph.trim() && !paragraph.trim().startsWith("#"));
  return { title, summary: summary?.trim().replace(/\s+/g, " ") ?? "" };
}

/**
 * Summary text with markdown's `code`, **bold** and *italic* turned into HTML and inline $math$
 * shown as italic text (the index page runs no MathJax), everything else escaped.
 */
function inlineMarkdown(text) {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/\*([^*]+)\*/g, "<em>$1</em>")
    .replace(/\$([^$]+)\$/g, "<em>$1</em>");
}

/** The index page: one entry per notebook, linking `href`, in course order. */
export function indexPage({ heading, intro, entries }) {
  const items = entries
    .map(
      ({ href, title, summary }) =>
        `<li><a href="${escapeHtml(href)}">${escapeHtml(title)}</a><p>${inlineMarkdown(summary)}</p></li>`,
    )
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 50em; margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #222; }
  ol { padding-left: 1.5em; } li { margin-bottom: 1em; } li > a { font-size: 1.15em; font-weight: 600; }
  li > p { margin: 0.2em 0 0; color: #444; } code { background: #f3f3f3; padding: 0 0.2em; }
</style>
</head>
<body>
<h1>${escapeHtml(heading)}</h1>
<p>${intro}</p>
<ol class="course-map">
${items}
</ol>
</body>
</html>
`;
}

/** Total bytes under a directory. */
export function directoryBytes(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((total, entry) => {
    const path = join(dir, entry.name);
    return total + (entry.isDirectory() ? directoryBytes(path) : statSync(path).size);
  }, 0);
}

export const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * The executed copies of `sources` in `executedDir`, executing them first unless `execute` is false
 * (then they must exist already). Resolves to { executed, failed }; exits with a message naming what
 * is missing. `label` prefixes messages ("book", "slides").
 */
export async function executedNotebooks(sources, executedDir, { execute, label }) {
  let failed = 0;
  if (execute) {
    console.log(`${label}: executing ${sources.length} notebook(s) with the tslab kernel …`);
    const results = await executeNotebooks(sources, executedDir, { onDone: (r) => console.log(describeResult(r)) });
    failed = results.filter((r) => r.error !== undefined).length;
  }
  const executed = sources.map((source) => join(executedDir, basename(source)));
  const missing = executed.filter((path) => !existsSync(path));
  if (missing.length) {
    console.error(
      `${label}: not executed yet: ${missing.map((p) => basename(p)).join(", ")}; run \`npm run ${label}\` without --no-execute`,
    );
    process.exit(1);
  }
  return { executed, failed };
}

/**
 * The book's and the slides' command line: notebook paths (default: every notebook in notebooks/)
 * and `--no-execute` to reuse build/executed/.
 */
export function siteOptions(args = process.argv.slice(2)) {
  const given = args.filter((arg) => !arg.startsWith("--"));
  return {
    execute: !args.includes("--no-execute"),
    sources: given.length ? given.map((p) => resolve(p)) : listNotebooks(join(projectRoot, "notebooks")),
  };
}
