import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { exerciseBank } from "../../src/exercises/bank/index";
import { stripNotebook } from "../../src/exercises/markers";
import { codeCellId, hasExerciseCells, statementCellId, testCellId } from "../../src/exercises/sources";
import type { Exercise } from "../../src/exercises/types";

/**
 * The exercise cells carry nbgrader's cell metadata (schema_version 3), checked against the rules of
 * nbgrader's documentation written down in schemas/nbgrader-cell-metadata.schema.json; the expected
 * values come from the bank, the checked ones from the committed notebooks.
 */
const root = join(__dirname, "..", "..");
const schema = JSON.parse(readFileSync(join(root, "schemas", "nbgrader-cell-metadata.schema.json"), "utf8"));
const validate = new Ajv({ allErrors: true }).compile(schema);

interface Cell {
  cell_type: string;
  id: string;
  metadata: { nbgrader?: Record<string, unknown> };
}
interface Notebook {
  cells: Cell[];
}

/** Every violation of nbgrader's rules in one notebook: per cell (the schema) and across cells. */
function nbgraderProblems(notebook: Notebook): string[] {
  const problems: string[] = [];
  const gradeIds = new Set<string>();
  let answerSeen = false; // an "Autograded answer" cell since the last tests cell
  for (const cell of notebook.cells) {
    const meta = cell.metadata?.nbgrader;
    if (meta === undefined) continue;
    if (!validate(meta)) problems.push(`${cell.id}: ${validate.errors?.map((e) => `${e.instancePath} ${e.message}`)}`);
    // nbgrader's validator: a Markdown cell is graded exactly when it is a solution (a written answer).
    if (cell.cell_type === "markdown" && meta.grade !== meta.solution)
      problems.push(`${cell.id}: a Markdown cell must be both grade and solution, or neither`);
    // nbgrader: autograded answers and their tests are code cells only.
    if (cell.cell_type !== "code" && meta.grade !== meta.solution)
      problems.push(`${cell.id}: an autograded answer or tests cell must be a code cell`);
    if (meta.grade || meta.solution || meta.locked || meta.task) {
      const id = String(meta.grade_id);
      if (gradeIds.has(id)) problems.push(`${cell.id}: duplicate grade_id ${id}`);
      gradeIds.add(id);
    }
    // A tests cell grades the answer cells above it ("This code typically gets run before some
    // other 'Autograder tests' cell"), so a tests cell with no answer before it grades nothing.
    if (meta.solution && !meta.grade) answerSeen = true;
    if (meta.grade && !meta.solution) {
      if (!answerSeen) problems.push(`${cell.id}: an Autograder tests cell with no Autograded answer above it`);
      answerSeen = false;
    }
  }
  return problems;
}

const notebookText = (name: string) => readFileSync(join(root, "notebooks", `${name}.ipynb`), "utf8");
const notebookNames = [...new Set(exerciseBank.map((exercise) => exercise.notebook))].sort();

describe("nbgrader metadata of the exercise cells", () => {
  it.each(notebookNames)("%s follows nbgrader's metadata rules", (name) => {
    expect(nbgraderProblems(JSON.parse(notebookText(name)))).toEqual([]);
  });

  const gradedInNotebook = exerciseBank.filter(hasExerciseCells);
  it.each(gradedInNotebook.map((exercise) => [exercise.id, exercise] as [string, Exercise]))(
    "%s: locked statement, then nbgrader's autograded pair: an answer worth nothing, locked tests worth the points",
    (_, exercise) => {
      const notebook: Notebook = JSON.parse(notebookText(exercise.notebook));
      const at = notebook.cells.findIndex((cell) => cell.id === statementCellId(exercise));
      const [statement, answer, tests] = notebook.cells.slice(at, at + 3);
      expect(statement?.cell_type).toBe("markdown");
      expect(statement?.metadata.nbgrader).toMatchObject({
        grade: false,
        grade_id: `${exercise.id}-statement`,
        locked: true,
        schema_version: 3,
        solution: false,
      });
      expect([answer?.id, answer?.cell_type]).toEqual([codeCellId(exercise), "code"]);
      expect(answer?.metadata.nbgrader).toEqual({
        grade: false,
        grade_id: `${exercise.id}-answer`,
        locked: false,
        schema_version: 3,
        solution: true,
        task: false,
      });
      expect([tests?.id, tests?.cell_type]).toEqual([testCellId(exercise), "code"]);
      expect(tests?.metadata.nbgrader).toEqual({
        grade: true,
        grade_id: exercise.id,
        locked: true,
        points: exercise.points,
        schema_version: 3,
        solution: false,
        task: false,
      });
    },
  );

  it("the student edition keeps every cell's metadata (release strips code, not metadata)", () => {
    for (const name of notebookNames) {
      const before: Notebook = JSON.parse(notebookText(name));
      const after: Notebook = JSON.parse(stripNotebook(notebookText(name), name));
      expect(after.cells.map((cell) => cell.metadata)).toEqual(before.cells.map((cell) => cell.metadata));
    }
  });

  it("the rules reject what nbgrader rejects (so the checks above can fail)", () => {
    // A manually graded answer: graded and a solution in one cell (valid nbgrader, and the older layout).
    const good = { grade: true, grade_id: "a", locked: false, points: 1, schema_version: 3, solution: true };
    const notebookWith = (...metas: Record<string, unknown>[]): Notebook => ({
      cells: metas.map((meta, i) => ({
        cell_type: i === 0 ? "code" : "markdown",
        id: `c${i}`,
        metadata: { nbgrader: meta },
      })),
    });
    expect(nbgraderProblems(notebookWith(good))).toEqual([]);
    const { points: _points, ...noPoints } = good;
    const { grade_id: _id, ...noId } = good;
    const broken = [
      noPoints,
      noId,
      { ...good, grade_id: "" },
      { ...good, points: -1 },
      { ...good, points: "1" },
      { ...good, schema_version: 1 },
      { ...good, locked: "yes" },
      { ...good, extra: true },
    ];
    for (const meta of broken) expect(nbgraderProblems(notebookWith(meta)), JSON.stringify(meta)).not.toEqual([]);
    // Across cells: a repeated grade_id, a Markdown cell graded but not a solution.
    const { points: _p, ...readOnly } = { ...good, grade: false, solution: false, locked: true };
    expect(nbgraderProblems(notebookWith(good, readOnly))).toEqual(["c1: duplicate grade_id a"]);
    expect(nbgraderProblems(notebookWith(good, { ...good, grade_id: "b", solution: false, locked: true }))).toEqual([
      "c1: a Markdown cell must be both grade and solution, or neither",
      "c1: an autograded answer or tests cell must be a code cell",
      "c1: an Autograder tests cell with no Autograded answer above it",
    ]);
  });

  it("the rules accept nbgrader's autograded pair and reject a broken one", () => {
    const answer = { grade: false, grade_id: "a-answer", locked: false, schema_version: 3, solution: true };
    const tests = { grade: true, grade_id: "a", locked: true, points: 2, schema_version: 3, solution: false };
    const codeCells = (...metas: Record<string, unknown>[]): Notebook => ({
      cells: metas.map((meta, i) => ({ cell_type: "code", id: `c${i}`, metadata: { nbgrader: meta } })),
    });
    expect(nbgraderProblems(codeCells(answer, tests))).toEqual([]);
    const { points: _points, ...testsWithoutPoints } = tests;
    const broken = [
      [answer, { ...tests, locked: false }], // tests cells are read-only
      [answer, testsWithoutPoints], // the tests carry the points
      [{ ...answer, points: 1 }, tests], // an autograded answer is worth nothing
      [tests, answer], // tests before their answer
      [answer, tests, { ...tests, grade_id: "b" }], // a second tests cell with no answer of its own
    ];
    for (const metas of broken) expect(nbgraderProblems(codeCells(...metas)), JSON.stringify(metas)).not.toEqual([]);
    const markdownTests: Notebook = {
      cells: [
        { cell_type: "code", id: "c0", metadata: { nbgrader: answer } },
        { cell_type: "markdown", id: "c1", metadata: { nbgrader: tests } },
      ],
    };
    expect(nbgraderProblems(markdownTests)).not.toEqual([]);
  });
});
