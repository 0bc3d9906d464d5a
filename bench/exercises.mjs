// The latency of one `check(...)` as a learner calls it in a cell, and `npm run grade` on a
// generated class of 100 students who each complete the whole course: every exercise of every
// notebook, answered with the course notebooks' own solution cells (the whole command: child
// processes, realms, reports).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { cellSource, codeNotebookJson, listNotebooks, readNotebook } from "../scripts/lib/notebooks.mjs";
import { projectRoot } from "../scripts/lib/project.mjs";
import { core, medianMs, secondsOf } from "./lib.mjs";

const require = createRequire(import.meta.url);
const { checkedIds } = require(join(projectRoot, "dist", "grading", "sources.js"));
const CLASS_SIZE = 100;
const importLine = /^\s*import\s[^;]*from\s*["'][^"']+["'];?\s*$/gm;

/**
 * Per course notebook: its import lines and its exercise cells: those that call check, and each
 * exercise's answer cell (`ex-<id>-code`) just before its tests cell, which the grader pairs them by.
 */
export function courseAnswers() {
  return listNotebooks(join(projectRoot, "notebooks")).map((path) => {
    const code = readNotebook(path).cells.filter((cell) => cell.cell_type === "code");
    const imports = [...new Set(code.flatMap((cell) => cellSource(cell).match(importLine) ?? []))].join("\n");
    const exercise = (cell) => /^ex-.+-code$/.test(cell.id ?? "") || checkedIds(cellSource(cell)).length > 0;
    return { name: basename(path), cells: [imports, ...code.filter(exercise).map(cellSource)] };
  });
}

/** Each student is a folder of the course's notebooks, cut down to imports and exercise cells. */
function writeClass(dir) {
  const answers = courseAnswers();
  for (let i = 0; i < CLASS_SIZE; i++) {
    const student = join(dir, `student${String(i).padStart(3, "0")}`);
    mkdirSync(student, { recursive: true });
    for (const { name, cells } of answers) writeFileSync(join(student, name), codeNotebookJson(cells));
  }
  return new Set(answers.flatMap(({ cells }) => cells.slice(1).flatMap(checkedIds))).size;
}

async function checkLatencyMs(workDir) {
  // check() records progress: keep the learner's own .actlab/progress.json out of it, and its
  // printed feedback out of the table.
  process.env.ACTLAB_PROGRESS_FILE = join(workDir, "progress.json");
  const log = console.log;
  console.log = () => {};
  try {
    // A written-out answer: the core's own sigmoid is refused for this exercise before any case runs.
    const sigmoid = (x) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
    return (await medianMs([["check", () => core.check("sigmoid-stable", sigmoid)]], { time: 300 })).get("check");
  } finally {
    console.log = log;
    delete process.env.ACTLAB_PROGRESS_FILE;
  }
}

export async function run() {
  const workDir = mkdtempSync(join(tmpdir(), "actlab-bench-class-"));
  try {
    const checkMs = await checkLatencyMs(workDir);
    const submissions = join(workDir, "submissions");
    const exerciseCount = writeClass(submissions);
    const grading = await secondsOf(() =>
      spawnSync(
        process.execPath,
        [join(projectRoot, "scripts", "grade.mjs"), submissions, "--out", join(workDir, "grades")],
        { encoding: "utf8" },
      ),
    );
    const failed = grading.value.status !== 0;
    const grades = failed ? "" : readFileSync(join(workDir, "grades", "grades.csv"), "utf8");
    const rows = grades.trim().split("\n").slice(1);
    const passed = rows.filter((row) => row.endsWith(",passed")).length;
    return [
      {
        group: "exercises",
        name: 'one check("sigmoid-stable", …)',
        value: checkMs,
        unit: "ms",
        target: { op: "<=", value: 100 },
      },
      {
        group: "exercises",
        name: `grade a class of ${CLASS_SIZE} (the whole course: ${exerciseCount} exercises each)`,
        value: failed ? undefined : grading.seconds,
        unit: "s",
        target: { op: "<=", value: 60 },
        note: failed
          ? `npm run grade failed: ${grading.value.stderr.trim().split("\n").at(-1)}`
          : `${(rows.length / grading.seconds).toFixed(0)} exercises/s; ${passed}/${rows.length} passed`,
      },
    ];
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
