import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as actlab from "../../src/index";
import { exerciseBank } from "../../src/exercises/bank/index";
import { referenceExpectations } from "../../src/exercises/expected";
import { runCases } from "../../src/exercises/evaluate";
import { forbiddenCallsIn } from "../../src/exercises/forbidden";
import { isWorkedExample, stripMarked, WORKED_EXAMPLE_LINE } from "../../src/exercises/markers";
import { produceHere } from "../../src/exercises/produce";
import {
  answerAndTests,
  codeCellId,
  hasExerciseCells,
  headerComment,
  normalisedText,
  proseLines,
  splitExerciseFile,
  statementCellId,
  statementMarkdown,
  testCellId,
} from "../../src/exercises/sources";
import type { Exercise } from "../../src/exercises/types";

// One source per exercise (issue 14): the statement lives in the bank, the code in exercises/<id>.ts;
// the notebook's cells and the file's header are generated (scripts/exercise-cells.mjs). These tests
// prove the copies agree, and that the code, run as a learner's would be, passes every case.

const root = join(__dirname, "..", "..");
const bodyOf = (exercise: Exercise) =>
  splitExerciseFile(readFileSync(join(root, "exercises", `${exercise.id}.ts`), "utf8"));

interface NotebookCell {
  id: string;
  cell_type: string;
  source: string | string[];
}
const notebookCache = new Map<string, NotebookCell[]>();
function cellsOf(notebook: string): NotebookCell[] {
  if (!notebookCache.has(notebook)) {
    const text = readFileSync(join(root, "notebooks", `${notebook}.ipynb`), "utf8");
    notebookCache.set(notebook, (JSON.parse(text) as { cells: NotebookCell[] }).cells);
  }
  return notebookCache.get(notebook) ?? [];
}
const sourceOf = (cell: NotebookCell | undefined) =>
  cell === undefined ? undefined : Array.isArray(cell.source) ? cell.source.join("") : cell.source;

/** Runs exercise code as the notebook would (CommonJS, actlab by name) and returns what it passed to check. */
function answerOf(code: string, id: string): unknown {
  const captured: Record<string, unknown> = {};
  const fakeActlab = { ...actlab, check: (checkedId: string, answer: unknown) => (captured[checkedId] = answer) };
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  const requireActlab = (name: string) => {
    if (name !== "actlab") throw new Error(`exercise code may import only actlab, not ${name}`);
    return fakeActlab;
  };
  new Function("require", "exports", outputText)(requireActlab, {});
  if (!(id in captured)) throw new Error(`the code never calls check("${id}", …)`);
  return captured[id];
}

const exportedNames = new Set(Object.keys(actlab));

describe.each(exerciseBank.map((exercise) => [exercise.id, exercise] as const))("%s: one source", (id, exercise) => {
  it("has exercises/<id>.ts whose header is generated from the bank", () => {
    expect(existsSync(join(root, "exercises", `${id}.ts`))).toBe(true);
    expect(bodyOf(exercise).header).toBe(headerComment(exercise));
  });

  it("has code that passes every case (hidden included), and a stub that says 'not implemented'", () => {
    const { body } = bodyOf(exercise);
    const grade = (code: string) =>
      runCases(exercise, produceHere(exercise, answerOf(code, id)), referenceExpectations(exercise, "all"), "all");
    expect(grade(body).cases.filter((c) => !c.passed)).toEqual([]);
    expect(grade(stripMarked(body, "stub")).problem).toMatch(/not implemented yet/);
  });

  it("declares no name that actlab exports (it would shadow the core in the notebook), and calls nothing it forbids", () => {
    const { body } = bodyOf(exercise);
    const declared = [...body.matchAll(/^(?:function|const|let)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
    expect(declared.filter((name) => exportedNames.has(name))).toEqual([]);
    expect(forbiddenCallsIn(exercise, body)).toEqual([]);
  });

  it("appears in its notebook: the statement, the answer and the tests cell, as generated", () => {
    const cells = cellsOf(exercise.notebook);
    if (!hasExerciseCells(exercise)) {
      // Worked only (the tour's tanh′): no exercise cells; the worked-example test below checks its code.
      expect(cells.filter((cell) => [statementCellId(exercise), codeCellId(exercise)].includes(cell.id))).toEqual([]);
      return;
    }
    const statement = cells.findIndex((cell) => cell.id === statementCellId(exercise));
    expect(
      statement,
      `notebook ${exercise.notebook} has no cell '${statementCellId(exercise)}'`,
    ).toBeGreaterThanOrEqual(0);
    expect(normalisedText(sourceOf(cells[statement]) ?? "")).toBe(normalisedText(statementMarkdown(exercise)));
    const { answer, tests } = answerAndTests(bodyOf(exercise).body, exercise.id);
    expect(cells[statement + 1]?.id).toBe(codeCellId(exercise));
    expect(normalisedText(sourceOf(cells[statement + 1]) ?? "")).toBe(normalisedText(answer));
    expect(cells[statement + 2]?.id).toBe(testCellId(exercise));
    expect(normalisedText(sourceOf(cells[statement + 2]) ?? "")).toBe(normalisedText(tests));
    // Together they are the whole file's code: nothing is lost or duplicated by the split.
    expect(normalisedText(`${answer}\n${tests}`)).toBe(normalisedText(bodyOf(exercise).body));
  });
});

const workedExamples = exerciseBank.filter((exercise) => exercise.workedExampleIn !== undefined);
describe.each(workedExamples.map((exercise) => [exercise.id, exercise] as const))(
  "%s: a worked example",
  (_, exercise) => {
    it("appears in its notebook marked as worked (the release keeps it), with the same code", () => {
      const cell = cellsOf(exercise.workedExampleIn ?? "").find((c) => c.id === `${codeCellId(exercise)}-worked`);
      const source = sourceOf(cell) ?? "";
      expect(isWorkedExample(source)).toBe(true);
      expect(normalisedText(source)).toBe(normalisedText(`${WORKED_EXAMPLE_LINE}\n${bodyOf(exercise).body}`));
    });
  },
);

describe("the generated statement cell", () => {
  it("keeps headings and code fences whole, puts one sentence per line and no line over 120 characters", () => {
    const lines = proseLines(
      "### Exercise: A title: with a colon\n\nFirst sentence. Second one? Third!\n\n```ts\nconst a = 1. ; const b = 2;\n```",
    );
    expect(lines).toEqual([
      "### Exercise: A title: with a colon",
      "",
      "First sentence.",
      "Second one?",
      "Third!",
      "",
      "```ts",
      "const a = 1. ; const b = 2;",
      "```",
    ]);
    for (const exercise of exerciseBank)
      for (const line of statementMarkdown(exercise).split("\n"))
        expect(line.length, exercise.id).toBeLessThanOrEqual(120);
  });

  it("shows every option of a choice exercise, and the effort line", () => {
    for (const exercise of exerciseBank) {
      const text = statementMarkdown(exercise);
      expect(text).toContain(`about ${exercise.minutes} min`);
      for (const letter of Object.keys(exercise.options ?? {})) expect(text, exercise.id).toContain(`- **${letter}** `);
    }
  });
});

describe("answerAndTests (the autograded pair of a notebook)", () => {
  it("cuts at the last line that starts the exercise's check call, keeping a multi-line call whole", () => {
    const body =
      'import { check } from "actlab";\n\nconst f = (x: number) => x;\n// check("e", f) in a comment\ncheck("e", f,\n  1);';
    expect(answerAndTests(body, "e")).toEqual({
      answer: 'import { check } from "actlab";\n\nconst f = (x: number) => x;\n// check("e", f) in a comment',
      tests: 'check("e", f,\n  1);',
    });
  });

  it("refuses a body that never checks its own exercise, naming the file", () => {
    expect(() => answerAndTests('check("other", 1);', "e")).toThrow(/exercises\/e\.ts: no line starts with check\("e"/);
  });
});

describe("hasExerciseCells", () => {
  it("is false only for an exercise shown as a worked example in its own notebook", () => {
    const byId = (id: string) => exerciseBank.find((exercise) => exercise.id === id)!;
    expect(hasExerciseCells(byId("tanh-derivative"))).toBe(false); // the tour's worked tanh′
    expect(hasExerciseCells(byId("sigmoid-derivative"))).toBe(true);
    expect(exerciseBank.filter((exercise) => !hasExerciseCells(exercise)).map((exercise) => exercise.id)).toEqual([
      "tanh-derivative",
    ]);
  });
});
