import Ajv from "ajv";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { codeNotebookJson } from "../../scripts/lib/notebooks.mjs";

/**
 * Submissions for the platform entries (Gradescope's run_autograder, the PrairieLearn entry), each a
 * folder as the platform hands it over, and the platforms' results schemas. Needs dist/.
 */
export const root = join(__dirname, "..", "..");
const require = createRequire(__filename);
const { exercise } = require(join(root, "dist", "exercises", "registry.js"));

export const exercises = ["sigmoid-stable", "softmax-stable", "init-xavier-uniform-bound"] as const;
/** Each exercise's points, from the bank (the expected scores are sums of these). */
export const points = (id: string): number => exercise(id).points;
/** Whether an exercise's bank entry has hidden cases (the bound, one number, has none). */
export const hasHiddenCases = (id: string): boolean => (exercise(id).hiddenCases?.length ?? 0) > 0;
/** The bound's value, written out: a wrong answer's feedback must never show it. */
export const xavierBound = Math.sqrt(6 / (200 + 200));

const imports = 'import { check, sigmoid, softmax } from "actlab";\n';
const right = {
  sigmoid:
    'check("sigmoid-stable", (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x))));',
  // Written out: the core's own softmax is a forbidden call for this exercise.
  softmax:
    'check("softmax-stable", (x: number[]) => { const m = Math.max(...x); const e = x.map((v) => Math.exp(v - m)); const s = e.reduce((a, b) => a + b, 0); return e.map((v) => v / s); });',
  bound: 'check("init-xavier-uniform-bound", () => Math.sqrt(6 / 400));',
};

/**
 * A notebook as `npm run exercises:cells` writes it since issue 16: per exercise nbgrader's autograded
 * pair, the answer cell (`ex-<id>-code`) and the locked tests cell (`ex-<id>-test`) with the check call.
 */
function pairNotebookJson(pairs: { id: string; answer: string; tests: string }[]): string {
  const code = (id: string, source: string, nbgrader: Record<string, unknown>) => ({
    cell_type: "code",
    id,
    metadata: { nbgrader: { schema_version: 3, task: false, ...nbgrader } },
    source,
    outputs: [],
    execution_count: null,
  });
  const cells = [
    { cell_type: "code", id: "imports", metadata: {}, source: imports, outputs: [], execution_count: null },
    ...pairs.flatMap(({ id, answer, tests }) => [
      code(`ex-${id}-code`, answer, { grade: false, grade_id: `${id}-answer`, locked: false, solution: true }),
      code(`ex-${id}-test`, tests, { grade: true, grade_id: id, locked: true, points: points(id), solution: false }),
    ]),
  ];
  return JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells });
}

export const submissions: Record<string, Record<string, string>> = {
  // A notebook and an exercise file, as a learner may hand in both.
  correct: {
    "01-tour.ipynb": codeNotebookJson([imports, right.sigmoid, right.softmax]),
    "init-xavier-uniform-bound.ts": imports + right.bound,
  },
  partlyWrong: {
    "work.ipynb": codeNotebookJson([
      imports,
      right.sigmoid,
      right.softmax,
      'check("init-xavier-uniform-bound", () => Math.sqrt(2 / 400));',
    ]),
  },
  hostile: {
    "work.ipynb": codeNotebookJson([
      imports,
      'process.exit(0);\ncheck("sigmoid-stable", (x: number) => 1 / (1 + Math.exp(-x)));',
      'check("softmax-stable", (x: number[]) => x.map(() => Number(process.env.HOME?.length ?? 0)));',
      right.bound,
    ]),
  },
  malformed: { "work.ipynb": '{"cells": [ {"cell_type": "code", "source": "check(' },
  // A zipped folder: the notebook in nbgrader's pair layout two folders down, an exercise file beside
  // it, and Jupyter's checkpoint copy (wrong answers) that must not be graded.
  zippedFolder: {
    "my-work/notebooks/02-sigmoid-tanh.ipynb": pairNotebookJson([
      {
        id: "sigmoid-stable",
        answer: "const stable = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));",
        tests: 'check("sigmoid-stable", stable);',
      },
      {
        id: "softmax-stable",
        answer:
          "function soft(x: number[]): number[] {\n  const m = Math.max(...x);\n  const e = x.map((v) => Math.exp(v - m));\n  const s = e.reduce((a, b) => a + b, 0);\n  return e.map((v) => v / s);\n}",
        tests: 'check("softmax-stable", soft);',
      },
    ]),
    "my-work/notebooks/.ipynb_checkpoints/02-sigmoid-tanh-checkpoint.ipynb": codeNotebookJson([
      'check("sigmoid-stable", () => 0);',
    ]),
    "my-work/init-xavier-uniform-bound.ts": imports + right.bound,
  },
};

/** Writes a submission's files under `dir`, making the folders their paths name. */
export function writeSubmission(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

/** Points each submission should get: the sum over exercises answered right. */
export const expectedPoints = {
  correct: exercises.reduce((sum, id) => sum + points(id), 0),
  partlyWrong: points("sigmoid-stable") + points("softmax-stable"),
  hostile: points("init-xavier-uniform-bound"),
  malformed: 0,
  zippedFolder: exercises.reduce((sum, id) => sum + points(id), 0),
};

/** A validator of one platform's results schema (classroom/schemas/), with ajv. */
export function schemaValidator(name: string): (data: unknown) => string[] {
  const schema = JSON.parse(readFileSync(join(root, "classroom", "schemas", `${name}.schema.json`), "utf8"));
  const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}
