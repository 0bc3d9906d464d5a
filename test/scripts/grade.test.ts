import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeNotebookJson } from "../../scripts/lib/notebooks.mjs";

/**
 * `npm run grade` on a class built here: correct, wrong, looping, crashing, tampering and malformed
 * submissions, as notebooks and as folders of exercise files. Needs dist/ (npm test builds it).
 */
const root = join(__dirname, "..", "..");
const exercises = ["sigmoid-stable", "softmax-stable", "init-xavier-uniform-bound"];
const imports = 'import { check, sigmoid, softmax } from "actlab";\n';

const cells = {
  // Written out: the core's own sigmoid and softmax are forbidden calls for these exercises (ivan).
  sigmoidRight:
    "function s(x: number): number {\n  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));\n}\n" +
    'check("sigmoid-stable", s);',
  softmaxRight:
    "const top = (x: number[]) => Math.max(...x);\n" +
    'check("softmax-stable", (x: number[]) => {\n  const e = x.map((v) => Math.exp(v - top(x)));\n' +
    "  const total = e.reduce((a, b) => a + b, 0);\n  return e.map((v) => v / total);\n});",
  boundRight: 'check("init-xavier-uniform-bound", () => Math.sqrt(6 / 400));',
};

const submissions: Record<string, string | Record<string, string>> = {
  "alice.ipynb": codeNotebookJson([imports, cells.sigmoidRight, cells.softmaxRight, cells.boundRight]),
  bob: {
    "sigmoid-stable.ts": imports + cells.sigmoidRight,
    "softmax-stable.ts": imports + cells.softmaxRight,
    "init-xavier-uniform-bound.ts": imports + cells.boundRight,
  },
  "carol.ipynb": codeNotebookJson([
    imports,
    'check("sigmoid-stable", (x: number) => Math.exp(x) / (1 + Math.exp(x)));',
    'check("softmax-stable", (x: number[]) => x.map((v) => Math.exp(v) / x.reduce((s, w) => s + Math.exp(w), 0)));',
    'check("init-xavier-uniform-bound", () => Math.sqrt(2 / 400));',
  ]),
  "dave.ipynb": codeNotebookJson([
    imports,
    'check("sigmoid-stable", (x: number) => { while (true) {} });',
    cells.softmaxRight,
    cells.boundRight,
  ]),
  "erin.ipynb": codeNotebookJson([
    imports,
    'process.exit(1);\ncheck("sigmoid-stable", (x: number) => 1 / (1 + Math.exp(-x)));',
    'throw new Error("oops");\ncheck("softmax-stable", (x: number[]) => x);',
    'const f = (n: number): number => f(n + 1);\ncheck("init-xavier-uniform-bound", () => f(0));',
  ]),
  "frank.ipynb": codeNotebookJson([
    imports,
    'Math.exp = (x: number) => 1;\ncheck("sigmoid-stable", (x: number) => 1 / (1 + Math.exp(-x)));',
    'import { readFileSync } from "fs";\ncheck("softmax-stable", (x: number[]) => JSON.parse(readFileSync("/etc/hostname", "utf8")));',
    "(Array.prototype as any).map = () => [];\n" + cells.boundRight,
  ]),
  "gina.ipynb": '{"cells": [ {"cell_type": "code", "source": "check(',
  // hank deleted the softmax cell and duplicated the sigmoid one (the second copy is graded).
  "hank.ipynb": codeNotebookJson([
    imports,
    'check("sigmoid-stable", (x: number) => 0);',
    cells.sigmoidRight,
    cells.boundRight,
  ]),
  // ivan hands in the core's own answers, imported by name and by an alias.
  "ivan.ipynb": codeNotebookJson([
    imports,
    'check("sigmoid-stable", sigmoid);',
    'import { softmax as sm } from "actlab";\ncheck("softmax-stable", (x: number[]) => Array.from(sm(x)));',
    cells.boundRight,
  ]),
};

let classDir: string;
let outDir: string;
let grades: Map<string, { points: number; max: number; outcome: string }>;
let stdout = "";
let seconds = 0;
const digestBefore = new Map<string, string>();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)],
  );
}
const digest = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeAll(() => {
  classDir = mkdtempSync(join(tmpdir(), "actlab-class-"));
  const submissionsDir = join(classDir, "submissions");
  for (const [name, content] of Object.entries(submissions)) {
    if (typeof content === "string") {
      mkdirSync(submissionsDir, { recursive: true });
      writeFileSync(join(submissionsDir, name), content);
    } else {
      mkdirSync(join(submissionsDir, name), { recursive: true });
      for (const [file, text] of Object.entries(content)) writeFileSync(join(submissionsDir, name, file), text);
    }
  }
  for (const file of filesUnder(submissionsDir)) digestBefore.set(file, digest(file));
  outDir = join(classDir, "grades");
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    [join(root, "scripts", "grade.mjs"), submissionsDir, "--exercises", exercises.join(",")],
    {
      encoding: "utf8",
    },
  );
  seconds = (performance.now() - start) / 1000;
  stdout = run.stdout + run.stderr;
  if (run.status !== 0) throw new Error(`grade.mjs failed:\n${stdout}`);
  grades = new Map(
    readFileSync(join(outDir, "grades.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(","))
      .map(([student, exercise, points, max, outcome]) => [
        `${student}/${exercise}`,
        { points: Number(points), max: Number(max), outcome },
      ]),
  );
}, 60_000);

afterAll(() => rmSync(classDir, { recursive: true, force: true }));

const grade = (key: string) => grades.get(key) ?? { points: NaN, max: NaN, outcome: "absent" };

describe("npm run grade on a test class", () => {
  it("writes one row per student and exercise, with a progress bar on stderr", () => {
    expect(grades.size).toBe(Object.keys(submissions).length * exercises.length);
    expect(stdout).toMatch(/grading \[#+\] 27\/27/);
    console.log(`graded ${grades.size} (student, exercise) pairs in ${seconds.toFixed(1)} s`);
  });

  it.each(["alice", "bob"])("gives full marks to a correct submission (%s)", (student) => {
    for (const id of exercises) expect(grade(`${student}/${id}`), id).toMatchObject({ outcome: "passed" });
    expect(grade(`${student}/sigmoid-stable`).points).toBe(2);
  });

  it("gives wrong answers partial or no credit, with the known mistake's hint in the feedback", () => {
    expect(grade("carol/sigmoid-stable").outcome).toBe("failed");
    expect(grade("carol/sigmoid-stable").points).toBeLessThan(2);
    expect(grade("carol/init-xavier-uniform-bound")).toMatchObject({ points: 0, outcome: "failed" });
    const feedback = readFileSync(join(outDir, "feedback", "carol.txt"), "utf8");
    expect(feedback).toContain("overflows for large positive x");
    expect(feedback).toContain("subtract max(x)");
  });

  it("costs an infinite loop only its own exercise", () => {
    expect(grade("dave/sigmoid-stable")).toMatchObject({ points: 0, outcome: "time limit" });
    expect(grade("dave/softmax-stable").outcome).toBe("passed");
    expect(grade("dave/init-xavier-uniform-bound").outcome).toBe("passed");
  });

  it("reports process.exit, a thrown error and a stack overflow, each on its own exercise", () => {
    expect(grade("erin/sigmoid-stable")).toMatchObject({ points: 0, outcome: "process.exit" });
    expect(grade("erin/softmax-stable")).toMatchObject({ points: 0, outcome: "crashed" });
    expect(grade("erin/init-xavier-uniform-bound")).toMatchObject({ points: 0, outcome: "failed" });
    expect(readFileSync(join(outDir, "feedback", "erin.txt"), "utf8")).toContain("Error: oops");
  });

  it("catches tampering with Math and prototypes and blocks reading files, per exercise", () => {
    expect(grade("frank/sigmoid-stable")).toMatchObject({ points: 0, outcome: "tampering" });
    expect(grade("frank/softmax-stable")).toMatchObject({ points: 0, outcome: "forbidden module" });
    expect(grade("frank/init-xavier-uniform-bound")).toMatchObject({ points: 0, outcome: "tampering" });
    const feedback = readFileSync(join(outDir, "feedback", "frank.txt"), "utf8");
    expect(feedback).toContain("Math.exp");
    expect(feedback).toContain("tried to load 'fs'");
  });

  it("gives a malformed notebook a clear message and still grades the rest of the class", () => {
    for (const id of exercises) expect(grade(`gina/${id}`).outcome).toBe("malformed notebook");
    expect(readFileSync(join(outDir, "feedback", "gina.txt"), "utf8")).toContain("gina.ipynb is not valid JSON");
  });

  it("grades the last of duplicated cells and reports a deleted one", () => {
    expect(grade("hank/sigmoid-stable").outcome).toBe("passed");
    expect(grade("hank/softmax-stable").outcome).toBe("missing");
    expect(readFileSync(join(outDir, "feedback", "hank.txt"), "utf8")).toContain("checked in two cells");
  });

  it("gives no points for calling the core's own answer, and says so", () => {
    expect(grade("ivan/sigmoid-stable")).toMatchObject({ points: 0, outcome: "forbidden call" });
    expect(grade("ivan/softmax-stable")).toMatchObject({ points: 0, outcome: "forbidden call" });
    expect(grade("ivan/init-xavier-uniform-bound").outcome).toBe("passed");
    const feedback = readFileSync(join(outDir, "feedback", "ivan.txt"), "utf8");
    expect(feedback).toContain("calls actlab's sigmoid: write it yourself");
    expect(feedback).toContain("calls actlab's softmax: write it yourself");
  });

  it("writes per-exercise statistics", () => {
    const statistics = readFileSync(join(outDir, "statistics.csv"), "utf8");
    expect(statistics.split("\n")[0]).toBe("exercise,max,students,mean,median,full_marks,zero,outcomes");
    expect(statistics).toMatch(/^sigmoid-stable,2,9,/m);
    expect(statistics).toMatch(/^softmax-stable,.*forbidden call: 1/m);
  });

  it("never modifies a submission", () => {
    for (const [file, before] of digestBefore) expect(digest(file), file).toBe(before);
  });
});
