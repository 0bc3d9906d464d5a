#!/usr/bin/env node
// `npm test` after setup: static checks, vitest, every notebook through real Jupyter, then the
// browser checks when they exist. Every stage runs even if an earlier one failed, so one run shows
// everything that is wrong; the last line is `N passed, N failed` over all of them.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describeResult, executeNotebooks } from "./lib/execute.mjs";
import { listNotebooks } from "./lib/notebooks.mjs";
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

async function notebooks() {
  const paths = listNotebooks(join(projectRoot, "notebooks"));
  const results = await executeNotebooks(paths, join(buildDir, "executed"), {
    onDone: (result) => console.log(describeResult(result)),
  });
  const failed = results.filter((r) => r.error !== undefined).length;
  return { passed: results.length - failed, failed, note: `${results.length} notebooks` };
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
  ["notebooks (nbclient + tslab)", notebooks],
  // Needs the executed notebooks of the stage before: each erratum's proof output is copied from them.
  [
    "errata (ERRATA.md = errata.json + executed notebooks)",
    commandCheck(process.execPath, [join(projectRoot, "scripts", "errata.mjs"), "--check"]),
  ],
  ["browser checks (book, slides, live Notebook in headless Chromium)", browserChecks],
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
