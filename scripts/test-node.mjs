#!/usr/bin/env node
// `npm run test:node [-- 22 24 26]`: the parts of the suite that differ by Node.js version, run on
// each given line (default: every supported one) with that line's official build first on PATH
// (fetched once into .cache/node/, see lib/node-lines.mjs):
//   1. the grading tests (the grader's children use Node's permission model);
//   2. a tslab kernel started by Jupyter on that Node: a one-cell notebook prints process.version,
//      which must be the fetched version (so the kernel really ran on it, not on the machine's Node);
//   3. the notebook 00-tour through real Jupyter (zeromq, the TypeScript compiler and plotly output),
//      or every notebook with --all-notebooks.
// Prints one line per check and `N passed, N failed` last.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describeResult, executeNotebook } from "./lib/execute.mjs";
import { writeKernelSpec } from "./lib/kernelspec.mjs";
import { listNotebooks } from "./lib/notebooks.mjs";
import { existingGradingTests, nodeLine, SUPPORTED_MAJORS, vitestWith, withNodeFirst } from "./lib/node-lines.mjs";
import { buildDir, projectRoot, secondsSince } from "./lib/project.mjs";

const args = process.argv.slice(2);
const allNotebooks = args.includes("--all-notebooks");
const majors = args.filter((arg) => !arg.startsWith("--"));
const invalid = majors.filter((major) => !/^\d+$/.test(major));
if (invalid.length) {
  console.error(`test:node: expected Node major versions such as 22 24 26, got ${invalid.join(" ")}`);
  process.exit(2);
}
const lines = majors.length ? majors.map(Number) : SUPPORTED_MAJORS;
const notebookPaths = allNotebooks
  ? listNotebooks(join(projectRoot, "notebooks"))
  : [join(projectRoot, "notebooks", "00-tour.ipynb")];

const results = [];
function record(name, outcome) {
  results.push(outcome);
  const verdict = outcome.failed ? "✗" : "✓";
  console.log(
    `${verdict} ${name}: ${outcome.passed} passed, ${outcome.failed} failed${outcome.note ? ` (${outcome.note})` : ""}`,
  );
}

/** A notebook with one cell that prints the kernel's Node version. */
function versionNotebook(dir) {
  const path = join(dir, "node-version.ipynb");
  const cell = {
    cell_type: "code",
    execution_count: null,
    id: "version",
    metadata: {},
    outputs: [],
    source: "process.version",
  };
  const notebook = { cells: [cell], metadata: {}, nbformat: 4, nbformat_minor: 5 };
  writeFileSync(path, JSON.stringify(notebook));
  return path;
}

const printedText = (path) =>
  readNotebookOutputs(path)
    .map((output) => [output.text, output.data?.["text/plain"]].flat().filter(Boolean).join(""))
    .join("");
const readNotebookOutputs = (path) =>
  JSON.parse(readFileSync(path, "utf8")).cells.flatMap((cell) => cell.outputs ?? []);

async function testLine(major) {
  const start = performance.now();
  const line = nodeLine(major);
  console.log(
    `\n── Node ${line.version}${line.fetched ? " (fetched now)" : " (cached)"}: ${relative(projectRoot, line.node)} ──`,
  );
  const env = withNodeFirst(line.binDir);
  const gradingTests = existingGradingTests();
  if (gradingTests.length === 0)
    record(`Node ${major}: grading tests`, { passed: 0, failed: 1, note: "no grading tests found" });
  else {
    const report = join(buildDir, `vitest-node-${major}.json`);
    record(
      `Node ${major}: grading tests (${gradingTests.join(", ")})`,
      vitestWith(line.node, gradingTests, { report, env }),
    );
  }
  // A kernelspec for this Node, found before the project's own (lib/project.mjs, ACTLAB_KERNEL_DATA_DIR).
  const kernelDir = join(line.binDir, "..", "jupyter");
  writeKernelSpec(kernelDir, line.node);
  const kernelEnv = { ...env, ACTLAB_KERNEL_DATA_DIR: kernelDir };
  const scratch = mkdtempSync(join(buildDir, `node-${major}-`));
  try {
    const probe = await executeNotebook(versionNotebook(scratch), scratch, { timeoutSeconds: 60, env: kernelEnv });
    const printed = printedText(probe.outputPath);
    const ranOn = printed.includes(`v${line.version}`);
    record(`Node ${major}: tslab kernel starts and runs on v${line.version}`, {
      passed: probe.error === undefined && ranOn ? 1 : 0,
      failed: probe.error === undefined && ranOn ? 0 : 1,
      note: probe.error ?? `the kernel printed ${printed.trim() || "nothing"}`,
    });
    const outputDir = join(buildDir, `executed-node-${major}`);
    mkdirSync(outputDir, { recursive: true });
    for (const path of notebookPaths) {
      const result = await executeNotebook(path, outputDir, { env: kernelEnv });
      console.log(`  ${describeResult(result)}`);
      record(`Node ${major}: notebook ${result.notebook}`, {
        passed: result.error ? 0 : 1,
        failed: result.error ? 1 : 0,
      });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`  Node ${major}: ${secondsSince(start)} s`);
}

mkdirSync(buildDir, { recursive: true });
for (const major of lines) {
  try {
    await testLine(major);
  } catch (error) {
    record(`Node ${major}: the check itself failed`, { passed: 0, failed: 1, note: String(error?.message ?? error) });
  }
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed || passed === 0 ? 1 : 0);
