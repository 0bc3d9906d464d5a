#!/usr/bin/env node
// `npm run nb:clean [files…]`: clears outputs, assigns cell ids and sets tslab metadata, in place,
// for the given notebooks or for every notebook under notebooks/ and exercises/.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listNotebooks, normaliseNotebook, readNotebook, serialiseNotebook } from "./lib/notebooks.mjs";
import { projectRoot } from "./lib/project.mjs";

const given = process.argv.slice(2);
const files = given.length
  ? given
  : ["notebooks", "exercises"]
      .map((dir) => join(projectRoot, dir))
      .filter(existsSync)
      .flatMap(listNotebooks);
for (const file of files) {
  // Compared with the file's text, not a re-serialisation, so a notebook written in another layout
  // (one long line, another indent) is rewritten too.
  const after = serialiseNotebook(normaliseNotebook(readNotebook(file)));
  if (after !== readFileSync(file, "utf8")) {
    writeFileSync(file, after);
    console.log(`cleaned ${file}`);
  }
}
