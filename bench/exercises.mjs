// The latency of one `check(...)` as a learner calls it in a cell, and `npm run grade` on a
// generated class of 100 notebook submissions (the whole command: child processes, sandboxes,
// reports).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { codeNotebookJson } from "../scripts/lib/notebooks.mjs";
import { projectRoot } from "../scripts/lib/project.mjs";
import { core, medianMs, secondsOf } from "./lib.mjs";

const CLASS_SIZE = 100;
const exercises = ["sigmoid-stable", "softmax-stable", "init-xavier-uniform-bound"];
const imports = 'import { check, sigmoid, softmax } from "actlab";\n';
const rightCells = [
  'function s(x: number): number {\n  return sigmoid(x);\n}\ncheck("sigmoid-stable", s);',
  'check("softmax-stable", (x: number[]) => Array.from(softmax(x)));',
  'check("init-xavier-uniform-bound", () => Math.sqrt(6 / 400));',
];
// The classic mistakes: exp overflow, no max shift, the normal-init bound for the uniform one.
const wrongCells = [
  'check("sigmoid-stable", (x: number) => Math.exp(x) / (1 + Math.exp(x)));',
  'check("softmax-stable", (x: number[]) => x.map((v) => Math.exp(v) / x.reduce((s, w) => s + Math.exp(w), 0)));',
  'check("init-xavier-uniform-bound", () => Math.sqrt(2 / 400));',
];

/** Every tenth student makes each classic mistake; the rest answer correctly. */
function writeClass(dir) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < CLASS_SIZE; i++) {
    const cells = i % 10 === 0 ? wrongCells : rightCells;
    writeFileSync(join(dir, `student${String(i).padStart(3, "0")}.ipynb`), codeNotebookJson([imports, ...cells]));
  }
}

async function checkLatencyMs(workDir) {
  // check() records progress: keep the learner's own .actlab/progress.json out of it, and its
  // printed feedback out of the table.
  process.env.ACTLAB_PROGRESS_FILE = join(workDir, "progress.json");
  const log = console.log;
  console.log = () => {};
  try {
    return (await medianMs([["check", () => core.check("sigmoid-stable", core.sigmoid)]], { time: 300 })).get("check");
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
    writeClass(submissions);
    const grading = await secondsOf(() =>
      spawnSync(
        process.execPath,
        [join(projectRoot, "scripts", "grade.mjs"), submissions, "--out", join(workDir, "grades")],
        { encoding: "utf8" },
      ),
    );
    const failed = grading.value.status !== 0;
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
        name: `grade a class of ${CLASS_SIZE} (${exercises.length} exercises each)`,
        value: failed ? undefined : grading.seconds,
        unit: "s",
        target: { op: "<=", value: 60 },
        note: failed
          ? `npm run grade failed: ${grading.value.stderr.trim().split("\n").at(-1)}`
          : `${(CLASS_SIZE / grading.seconds).toFixed(1)} submissions/s`,
      },
    ];
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
