// One full-course submission graded from a cold start, as Gradescope and PrairieLearn run it: one
// container per submission, so each run starts a fresh Node, loads the grader and grades every
// exercise. The submission is the course notebooks cut to imports and exercise cells (their own
// solutions), as in the exercises group.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { codeNotebookJson } from "../scripts/lib/notebooks.mjs";
import { projectRoot } from "../scripts/lib/project.mjs";
import { courseAnswers } from "./exercises.mjs";
import { secondsOf } from "./lib.mjs";

function writeSubmission(dir) {
  mkdirSync(dir, { recursive: true });
  for (const { name, cells } of courseAnswers()) writeFileSync(join(dir, name), codeNotebookJson(cells));
}

/** The Gradescope tree: source/ with the project as actlab/ and run_autograder, submission/. */
function gradescopeRun(tree) {
  mkdirSync(join(tree, "source"), { recursive: true });
  symlinkSync(projectRoot, join(tree, "source", "actlab"));
  copyFileSync(join(projectRoot, "classroom", "gradescope", "run_autograder"), join(tree, "source", "run_autograder"));
  writeSubmission(join(tree, "submission"));
  return () =>
    spawnSync("bash", [join(tree, "source", "run_autograder")], {
      env: { ...process.env, AUTOGRADER_ROOT: tree },
      encoding: "utf8",
    });
}

function prairielearnRun(tree) {
  writeSubmission(join(tree, "student"));
  return () =>
    spawnSync(process.execPath, [join(projectRoot, "scripts", "prairielearn.mjs")], {
      env: { ...process.env, PRAIRIELEARN_GRADE_ROOT: tree },
      encoding: "utf8",
    });
}

async function row(name, tree, prepare, summary) {
  const run = await secondsOf(prepare(tree));
  const results = run.value.status === 0 ? JSON.parse(readFileSync(join(tree, "results", "results.json"), "utf8")) : {};
  return {
    group: "classroom",
    name,
    value: run.value.status === 0 ? run.seconds : undefined,
    unit: "s",
    // PrairieLearn's default external-grading timeout.
    target: { op: "<=", value: 30 },
    note: run.value.status === 0 ? summary(results) : `failed: ${run.value.stderr.trim().split("\n").at(-1)}`,
  };
}

export async function run() {
  const workDir = mkdtempSync(join(tmpdir(), "actlab-bench-classroom-"));
  try {
    return [
      await row(
        "Gradescope run_autograder, one full-course submission, cold start",
        join(workDir, "gs"),
        gradescopeRun,
        (r) => {
          const tests = r.tests ?? [];
          return `${tests.length} tests, ${tests.filter((t) => t.status === "passed").length} passed; score ${r.score}`;
        },
      ),
      await row(
        "PrairieLearn entry, one full-course submission, cold start",
        join(workDir, "pl"),
        prairielearnRun,
        (r) => {
          const tests = r.tests ?? [];
          return `${tests.length} exercises, score ${r.score?.toFixed(3)}; ${JSON.stringify(r).length} bytes (limit 1 MB)`;
        },
      ),
    ];
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
