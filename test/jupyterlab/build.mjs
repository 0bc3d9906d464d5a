#!/usr/bin/env node
// Bundles src/harness.mjs (the JupyterLab 4 notebook widget) into dist/ with esbuild, plus a page
// that loads it. Run by scripts/setup.mjs --browser after `npm ci` in this folder.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
// Served by jupyter_server from dist/ (extra_static_paths) as static/actlab-harness/index.html.
const outdir = join(here, "dist", "actlab-harness");
await build({
  entryPoints: [join(here, "src", "harness.mjs")],
  bundle: true,
  format: "esm",
  outdir,
  entryNames: "harness",
  minify: true,
  logLevel: "warning",
  loader: {
    ".svg": "dataurl",
    ".woff": "file",
    ".woff2": "file",
    ".ttf": "file",
    ".eot": "file",
    ".png": "dataurl",
    ".gif": "dataurl",
  },
  define: { "process.env.NODE_ENV": '"production"', global: "window" },
});
writeFileSync(
  join(outdir, "index.html"),
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>actlab: JupyterLab 4 notebook harness</title>
<link rel="stylesheet" href="harness.css"></head>
<body class="jp-ThemedContainer" data-jp-theme-light="true" style="margin: 0; height: 100vh;">
<script type="module" src="harness.js"></script>
</body>
</html>
`,
);
