#!/usr/bin/env node
// `npm run errata`: writes notebooks/ERRATA.md from notebooks/errata.json and the executed notebooks
// in build/executed/ (run `node scripts/run-notebooks.mjs` first). `npm run errata -- --check`
// writes nothing and fails when the committed page differs from what it would write; npm test runs
// that after the notebook stage, so an output the course no longer prints cannot stay on the page.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import * as prettier from "prettier";
import ts from "typescript";
import { proofOf, renderErrata } from "./lib/errata.mjs";
import { readNotebook } from "./lib/notebooks.mjs";
import { buildDir, projectRoot } from "./lib/project.mjs";

const errataPath = join(projectRoot, "notebooks", "ERRATA.md");
const executedDir = join(buildDir, "executed");

/** Compiles a program of the errata (TypeScript importing "actlab") and returns what it prints. */
function runProgram(name, code) {
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const dir = join(buildDir, "errata");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.cjs`);
  writeFileSync(file, outputText);
  const result = spawnSync(process.execPath, [file], { cwd: projectRoot, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`the ${name} program of errata.json failed:\n${result.stderr}`);
  return result.stdout.replace(/\n+$/, "");
}

function proofs(errors) {
  const notebooks = new Map();
  const load = (notebookPath) => {
    if (!notebooks.has(notebookPath)) {
      const executedPath = join(executedDir, basename(notebookPath));
      let executed;
      try {
        executed = readNotebook(executedPath);
      } catch {
        throw new Error(`${executedPath} is missing; run node scripts/run-notebooks.mjs ${notebookPath}`);
      }
      notebooks.set(notebookPath, { committed: readNotebook(join(projectRoot, notebookPath)), executed });
    }
    return notebooks.get(notebookPath);
  };
  return new Map(errors.map((entry) => [entry.id, proofOf(entry, load(entry.provedIn.split(",")[0]))]));
}

const check = process.argv.includes("--check");
try {
  const errata = JSON.parse(readFileSync(join(projectRoot, "notebooks", "errata.json"), "utf8"));
  const page = renderErrata(errata, {
    proofs: proofs(errata.errors),
    programOutputs: {
      measurements: runProgram("measurements", errata.measurements.code),
      checkedAndCorrect: runProgram("checked-and-correct", errata.checkedAndCorrect.code),
    },
  });
  const options = { ...(await prettier.resolveConfig(errataPath)), filepath: errataPath };
  const formatted = await prettier.format(page, options);
  if (!check) {
    writeFileSync(errataPath, formatted);
    console.log(`wrote ${errataPath} (${errata.errors.length} errata)`);
  } else {
    const committed = readFileSync(errataPath, "utf8").split("\n");
    const expected = formatted.split("\n");
    const line = expected.findIndex((text, i) => text !== committed[i]);
    if (line < 0 && committed.length === expected.length) {
      console.log(`notebooks/ERRATA.md agrees with errata.json and the executed notebooks`);
    } else {
      const at = line < 0 ? Math.min(committed.length, expected.length) : line;
      console.error(
        `notebooks/ERRATA.md is out of date (first difference at line ${at + 1}):\n` +
          `  committed: ${committed[at] ?? "(end of file)"}\n  generated: ${expected[at] ?? "(end of file)"}\n` +
          "run `npm run errata` after `node scripts/run-notebooks.mjs`",
      );
      process.exitCode = 1;
    }
  }
} catch (error) {
  console.error(`errata: ${error.message}`);
  process.exitCode = 1;
}
