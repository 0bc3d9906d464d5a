#!/usr/bin/env node
// `npm run exercises:cells [-- --check] [notebooks…]`: one source per exercise (issue 14). Writes the
// header of every exercises/<id>.ts from the bank (statement, options, effort), then copies the
// statement (a Markdown cell `ex-<id>`) and the code of exercises/<id>.ts into the exercise's
// notebook as nbgrader's autograded pair: the answer (code cell `ex-<id>-code`, the code up to the
// final check call) and the tests (code cell `ex-<id>-test`, that call). It replaces those cells
// (or an older single code cell holding both), or on the first run the
// cell that calls check("<id>") and the exercise heading before it, or (new exercises) after the
// cell containing the bank's `placeAfter`. With --check it changes nothing and exits 1 on a difference;
// --files-only leaves the notebooks alone. Pointers of notebooks/errata.json into shifted cells
// follow their cells (then `npm run errata` rewrites ERRATA.md from the executed notebooks).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { answerNbgrader, statementNbgrader, testsNbgrader } from "./lib/nbgrader.mjs";
import { formatNotebookCode } from "./lib/notebookLayout.mjs";
import { cellSource, normaliseNotebook, readNotebook, serialiseNotebook, toSourceLines } from "./lib/notebooks.mjs";
import { projectRoot } from "./lib/project.mjs";

const require = createRequire(import.meta.url);
const dist = (path) => require(join(projectRoot, "dist", "exercises", path));
const { exerciseBank } = dist("bank/index.js");
const {
  answerAndTests,
  codeCellId,
  hasExerciseCells,
  headerComment,
  splitExerciseFile,
  statementCellId,
  statementMarkdown,
  testCellId,
} = dist("sources.js");
const { WORKED_EXAMPLE_LINE } = dist("markers.js");

const args = process.argv.slice(2);
const checkOnly = args.includes("--check");
const filesOnly = args.includes("--files-only"); // exercises/*.ts only, notebooks untouched
const onlyNotebooks = args.filter((arg) => !arg.startsWith("--"));
const differences = [];

function write(path, text) {
  if (existsSync(path) && readFileSync(path, "utf8") === text) return;
  differences.push(path);
  if (!checkOnly) writeFileSync(path, text);
}

/** exercises/<id>.ts with its header regenerated; the code below the header is the source. */
function exerciseFile(exercise) {
  const path = join(projectRoot, "exercises", `${exercise.id}.ts`);
  if (!existsSync(path)) throw new Error(`exercises/${exercise.id}.ts is missing: write its code (the solution) first`);
  const { body } = splitExerciseFile(readFileSync(path, "utf8"));
  write(path, `${headerComment(exercise)}\n${body}\n`);
  return body;
}

const markdownCell = (id, text, metadata = {}) => ({
  cell_type: "markdown",
  id,
  metadata,
  source: toSourceLines(text),
});
const codeCell = (id, text, metadata = {}) => ({
  cell_type: "code",
  id,
  metadata,
  source: toSourceLines(text),
  outputs: [],
  execution_count: null,
});
const exerciseHeading = /^(#{2,4}\s*Exercises?\b|\*\*Exercises?\b)/;
const callsCheck = (cell, id) => cell.cell_type === "code" && cellSource(cell).includes(`check("${id}"`);

/**
 * Places (or refreshes) one exercise's three cells in a notebook's cell list: the statement, the
 * answer (nbgrader's "Autograded answer") and the tests cell holding the check call ("Autograder
 * tests"). An older single code cell holding both becomes the answer cell, with the tests cell
 * inserted after it. Returns a note of what it did.
 */
function placeExercise(cells, exercise, body) {
  const statement = statementMarkdown(exercise);
  const { answer, tests } = answerAndTests(body, exercise.id);
  const statementCell = () =>
    markdownCell(statementCellId(exercise), statement, { nbgrader: statementNbgrader(exercise) });
  const answerCell = (metadata = {}) =>
    codeCell(codeCellId(exercise), answer, { ...metadata, nbgrader: answerNbgrader(exercise) });
  // The tests cell is taken out and put back right after the answer, so a rerun finds it in place.
  const oldTests = cells.findIndex((cell) => cell.id === testCellId(exercise));
  const testsMetadata = oldTests >= 0 ? cells.splice(oldTests, 1)[0].metadata : {};
  const testsCell = () =>
    codeCell(testCellId(exercise), tests, { ...testsMetadata, nbgrader: testsNbgrader(exercise) });
  const existing = cells.findIndex((cell) => cell.id === codeCellId(exercise));
  const calling = existing >= 0 ? existing : cells.findIndex((cell) => callsCheck(cell, exercise.id));
  if (calling >= 0) {
    cells.splice(calling, 1, answerCell(cells[calling].metadata), testsCell());
    const before = cells[calling - 1];
    if (
      before?.id === statementCellId(exercise) ||
      (before?.cell_type === "markdown" && exerciseHeading.test(cellSource(before).trim()))
    ) {
      const old = cellSource(before);
      cells[calling - 1] = statementCell();
      if (before.id !== statementCellId(exercise)) return `replaced the heading cell:\n${old}`;
      return oldTests >= 0 ? "refreshed" : "refreshed, tests cell split from the answer";
    }
    if (before?.cell_type === "markdown") {
      const text = cellSource(before);
      const cut = text.lastIndexOf("**Exercise");
      if (cut > 0) cells[calling - 1] = { ...before, source: toSourceLines(text.slice(0, cut).trimEnd()) };
    }
    cells.splice(calling, 0, statementCell());
    return "statement cell inserted before its code";
  }
  const anchor = exercise.placeAfter ? cells.findIndex((cell) => cellSource(cell).includes(exercise.placeAfter)) : -1;
  if (exercise.placeAfter && anchor < 0)
    throw new Error(`${exercise.id}: no cell of ${exercise.notebook} contains "${exercise.placeAfter}"`);
  let at = anchor >= 0 ? anchor + 1 : cells.length;
  while (cells[at]?.id?.startsWith("ex-") && cells[at].id !== statementCellId(exercise)) at++;
  cells.splice(at, 0, statementCell(), answerCell(), testsCell());
  return `inserted after cell ${at}`;
}

/** The worked example's code cell in the tour: the same code, marked so the release keeps the solution. */
function placeWorked(cells, exercise, body) {
  const id = `${codeCellId(exercise)}-worked`;
  const index = cells.findIndex((cell) => cell.id === id || callsCheck(cell, exercise.id));
  if (index < 0) throw new Error(`${exercise.workedExampleIn} has no cell calling check("${exercise.id}")`);
  cells[index] = codeCell(id, `${WORKED_EXAMPLE_LINE}\n${body}`);
  return "worked example refreshed";
}

// errata.json points at proof cells by number ("notebooks/02-sigmoid-tanh.ipynb, cell 24"); inserted
// exercise cells shift those numbers, so each pointer follows its cell's id.
const errataPath = join(projectRoot, "notebooks", "errata.json");
let errataText = existsSync(errataPath) ? readFileSync(errataPath, "utf8") : undefined;
function followErrataPointers(name, idsBefore, cellsAfter) {
  if (errataText === undefined) return;
  const pointer = new RegExp(`"notebooks/${name}\\.ipynb, cell (\\d+)"`, "g");
  errataText = errataText.replace(pointer, (text, number) => {
    const index = cellsAfter.findIndex((cell) => cell.id === idsBefore[Number(number) - 1]);
    return index < 0 ? text : `"notebooks/${name}.ipynb, cell ${index + 1}"`;
  });
}

const bodies = new Map(exerciseBank.map((exercise) => [exercise.id, exerciseFile(exercise)]));
const notebookNames = [
  ...new Set(exerciseBank.flatMap((e) => [e.notebook, ...(e.workedExampleIn ? [e.workedExampleIn] : [])])),
];
for (const name of filesOnly ? [] : notebookNames.sort()) {
  const path = join(projectRoot, "notebooks", `${name}.ipynb`);
  if (onlyNotebooks.length && !onlyNotebooks.some((given) => given.endsWith(`${name}.ipynb`))) continue;
  const notebook = readNotebook(path);
  const idsBefore = notebook.cells.map((cell) => cell.id);
  for (const exercise of exerciseBank) {
    const body = bodies.get(exercise.id);
    if (exercise.workedExampleIn === name)
      console.log(`${name}: ${exercise.id}: ${placeWorked(notebook.cells, exercise, body)}`);
    if (exercise.notebook === name && hasExerciseCells(exercise))
      console.log(`${name}: ${exercise.id}: ${placeExercise(notebook.cells, exercise, body)}`);
  }
  // Formatted as `npm run nb:clean` formats, so a clean run changes nothing and --check means it.
  const cleaned = normaliseNotebook(await formatNotebookCode(notebook));
  followErrataPointers(name, idsBefore, cleaned.cells);
  write(path, serialiseNotebook(cleaned));
}
if (errataText !== undefined) write(errataPath, errataText);
if (differences.length) console.log(`${checkOnly ? "out of date" : "updated"}: ${differences.join(", ")}`);
process.exit(checkOnly && differences.length ? 1 : 0);
