#!/usr/bin/env node
// `npm run nb:clean [files…]`: formats code cells with Prettier (TypeScript, width 100), clears
// outputs, assigns cell ids and sets tslab metadata, in place, for the given notebooks or for every
// notebook under notebooks/ and exercises/.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { formatNotebookCode } from "./lib/notebookLayout.mjs";
import { listNotebooks, normaliseNotebook, readNotebook, serialiseNotebook } from "./lib/notebooks.mjs";
import { projectRoot } from "./lib/project.mjs";

const given = process.argv.slice(2);
const files = given.length
  ? given.map((file) => resolve(file))
  : ["notebooks", "exercises"]
      .map((dir) => join(projectRoot, dir))
      .filter(existsSync)
      .flatMap(listNotebooks);
let failed = 0;
for (const file of files) {
  let formatted;
  try {
    formatted = await formatNotebookCode(readNotebook(file));
  } catch (error) {
    console.error(`not cleaned ${file}: ${error.message}`);
    failed++;
    continue;
  }
  // Compared with the file's text, not a re-serialisation, so a notebook written in another layout
  // (one long line, another indent) is rewritten too.
  const after = serialiseNotebook(normaliseNotebook(formatted));
  if (after !== readFileSync(file, "utf8")) {
    writeFileSync(file, after);
    console.log(`cleaned ${file}`);
  }
}
process.exit(failed ? 1 : 0);
