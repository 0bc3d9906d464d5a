import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type * as TypeScript from "typescript";

/** Where each exercise's code is in one student's submission, and what was wrong with it. */
export interface Submission {
  readonly student: string;
  readonly sources: ReadonlyMap<string, { readonly source: string; readonly origin: string }>;
  readonly problems: readonly string[];
}

// The parser is loaded by grading only, not by a notebook's `check`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const parser = (): typeof TypeScript => require("typescript") as typeof TypeScript;

/** The string of a literal id: "id", 'id' or `id` (a template without substitutions), else undefined. */
function literalId(node: TypeScript.Node | undefined, ts: typeof TypeScript): string | undefined {
  if (node === undefined) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return literalId(node.expression, ts);
  return undefined;
}

/**
 * The code's syntax: exercise ids of real `check(<literal id>, …)` calls (also `actlab.check(…)`),
 * whatever the spacing, the quotes or a template literal, and never inside a comment or a string;
 * the code's import declarations; its top-level declared names; and, for a tests cell (nothing but
 * imports and check calls: nbgrader's "Autograder tests" cell, whose answer is in another cell), the
 * names its check calls use.
 */
function parse(code: string): Syntax {
  const ts = parser();
  const file = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const ids = new Set<string>();
  const imports: string[] = [];
  const checkedId = (node: TypeScript.Node): string | undefined => {
    if (!ts.isCallExpression(node)) return undefined;
    const callee = node.expression;
    const named = ts.isIdentifier(callee)
      ? callee.text
      : ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : undefined;
    return named === "check" ? literalId(node.arguments[0], ts) : undefined;
  };
  const visit = (node: TypeScript.Node): void => {
    if (ts.isImportDeclaration(node)) imports.push(node.getText(file).trim());
    const id = checkedId(node);
    if (id !== undefined) ids.add(id);
    ts.forEachChild(node, visit);
  };
  visit(file);
  const declared = file.statements.flatMap((statement) =>
    ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)
      ? [statement.name?.text ?? ""]
      : ts.isVariableStatement(statement)
        ? statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []))
        : [],
  );
  const testsOnly =
    ids.size > 0 &&
    file.statements.every(
      (statement) =>
        ts.isImportDeclaration(statement) ||
        (ts.isExpressionStatement(statement) && checkedId(statement.expression) !== undefined),
    );
  const uses: string[] = [];
  const collect = (node: TypeScript.Node): void => {
    if (ts.isIdentifier(node)) uses.push(node.text);
    ts.forEachChild(node, collect);
  };
  if (testsOnly)
    for (const statement of file.statements)
      if (ts.isExpressionStatement(statement) && ts.isCallExpression(statement.expression))
        statement.expression.arguments.forEach(collect);
  return { ids: [...ids], imports, declared, testsUse: uses };
}

/** The exercise ids a piece of code checks. */
export function checkedIds(code: string): string[] {
  return parse(code).ids;
}

const cellText = (cell: { source?: unknown }): string =>
  Array.isArray(cell.source) ? cell.source.join("") : typeof cell.source === "string" ? cell.source : "";

interface Syntax {
  readonly ids: string[];
  readonly imports: string[];
  /** Names the code declares at its top level (function, class, const/let/var). */
  readonly declared: string[];
  /** For a tests cell, the names its check calls use; empty for any other code. */
  readonly testsUse: string[];
}

interface CodeCell extends Syntax {
  readonly index: number;
  readonly code: string;
  /** Whether `Syntax` was read from the code (else the code holds no check call or import). */
  readonly parsed: boolean;
  /** The cell's nbformat id and nbgrader grade_id, when they are strings (a hand-in may hold anything). */
  readonly cellId?: string;
  readonly gradeId?: string;
}

const stringOr = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

function codeCellOf(index: number, cell: { source?: unknown; id?: unknown; metadata?: unknown }): CodeCell {
  const code = cellText(cell);
  const metadata = cell.metadata !== null && typeof cell.metadata === "object" ? cell.metadata : {};
  const nbgrader = (metadata as { nbgrader?: unknown }).nbgrader;
  const gradeId =
    nbgrader !== null && typeof nbgrader === "object" ? (nbgrader as { grade_id?: unknown }).grade_id : undefined;
  // Parsing every cell of a class costs more than grading it: a cell is parsed only if its text
  // could hold a check call or an import (an escaped identifier such as \u0063heck included).
  const parsed = /check|import|\\u/.test(code);
  const syntax = parsed ? parse(code) : { ids: [], imports: [], declared: [], testsUse: [] };
  return { index, code, parsed, ...syntax, cellId: stringOr(cell.id), gradeId: stringOr(gradeId) };
}

/**
 * The answer cell of a tests cell that checks `id`, for nbgrader's autograded pair (the generated
 * notebooks since issue 16): the code cell marked as this exercise's answer (cell id
 * `ex-<id>-code` or grade_id `<id>-answer`, as scripts/exercise-cells.mjs writes them) nearest
 * before it; else (metadata lost in a copy) the code cell just before it, if it checks nothing
 * itself and declares a name the check call uses. An older single cell holding both the answer and
 * the check has no answer cell (it is not a tests cell): it is graded alone.
 */
function answerCellOf(cells: readonly CodeCell[], at: number, id: string): CodeCell | undefined {
  const tests = cells[at];
  if (tests.testsUse.length === 0) return undefined;
  const before = cells.slice(0, at).filter((cell) => !cell.ids.includes(id));
  const marked = before.filter((cell) => cell.cellId === `ex-${id}-code` || cell.gradeId === `${id}-answer`);
  if (marked.length > 0) return marked[marked.length - 1];
  const previous = cells[at - 1];
  // A cell skipped by the quick filter of codeCellOf is parsed now: only one per tests cell.
  const declared = previous === undefined ? [] : previous.parsed ? previous.declared : parse(previous.code).declared;
  const answers = previous?.ids.length === 0 && declared.some((name) => tests.testsUse.includes(name));
  return answers ? previous : undefined;
}

/**
 * The exercise cells of a notebook. An exercise is graded on its own code, after the notebook's
 * import lines (from any cell), so a slow or broken cell elsewhere cannot cost it: the one cell
 * that calls check (the older layout), or the tests cell with its answer cell before it (nbgrader's
 * autograded pair).
 */
export function notebookSources(
  text: string,
  origin: string,
): { sources: Map<string, { source: string; origin: string }>; problems: string[] } {
  const sources = new Map<string, { source: string; origin: string }>();
  let notebook: { cells?: unknown };
  try {
    notebook = JSON.parse(text) as { cells?: unknown };
  } catch (error) {
    return {
      sources,
      problems: [`${origin} is not valid JSON (${(error as Error).message}); none of its exercises could be graded`],
    };
  }
  if (!Array.isArray(notebook?.cells))
    return { sources, problems: [`${origin} has no list of cells; none of its exercises could be graded`] };
  const cells = (notebook.cells as { cell_type?: unknown; source?: unknown; id?: unknown; metadata?: unknown }[])
    .map((cell, index) => ({ index, cell }))
    .filter(({ cell }) => cell !== null && typeof cell === "object" && cell.cell_type === "code")
    .map(({ index, cell }) => codeCellOf(index, cell));
  const imports = [...new Set(cells.flatMap((cell) => cell.imports))];
  const problems: string[] = [];
  cells.forEach((cell, at) => {
    for (const id of cell.ids) {
      const previous = sources.get(id);
      if (previous)
        problems.push(
          `exercise '${id}' is checked in two cells of ${origin} (${previous.origin.split(" of ")[0]} and cell ${cell.index + 1}, a duplicated cell?); the last one is graded`,
        );
      const answer = answerCellOf(cells, at, id);
      const code = answer === undefined ? cell.code : `${answer.code}\n${cell.code}`;
      const own = [...cell.imports, ...(answer?.imports ?? [])];
      const preamble = imports.filter((line) => !own.includes(line)).join("\n");
      const where =
        answer === undefined ? `cell ${cell.index + 1}` : `cell ${cell.index + 1} (answer in cell ${answer.index + 1})`;
      sources.set(id, { source: `${preamble}\n${code}`, origin: `${where} of ${origin}` });
    }
  });
  return { sources, problems };
}

/** How deep below a hand-in's folder notebooks and .ts files are looked for (a zipped folder in a folder). */
export const MAX_SUBMISSION_DEPTH = 3;
/** At most this many files of a hand-in are read; a bigger tree is not a course submission. */
const MAX_SUBMISSION_FILES = 500;
/** Folders a hand-in holds that are never the learner's work: Jupyter's checkpoints, macOS zip debris, packages. */
const ignoredFolder = (name: string): boolean => name.startsWith(".") || name === "__MACOSX" || name === "node_modules";

/**
 * The notebooks and .ts files of a folder, as paths relative to it, sorted, down to `maxDepth`
 * folders deep; symbolic links are never followed (a link could point at any file of the grading
 * machine). Returns what it skipped and why.
 */
export function submissionFiles(dir: string, maxDepth = MAX_SUBMISSION_DEPTH): { files: string[]; skipped: string[] } {
  const files: string[] = [];
  const skipped: string[] = [];
  const walk = (relative: string, depth: number): void => {
    for (const entry of readdirSync(join(dir, relative), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    )) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) skipped.push(`${path}: a symbolic link, not followed`);
      else if (entry.isDirectory()) {
        if (ignoredFolder(entry.name)) continue;
        if (depth >= maxDepth) skipped.push(`${path}/: deeper than ${maxDepth} folders, not read`);
        else walk(path, depth + 1);
      } else if (/\.(ipynb|ts)$/.test(entry.name) && !entry.name.startsWith(".")) {
        if (files.length >= MAX_SUBMISSION_FILES) {
          skipped.push(`${path}: more than ${MAX_SUBMISSION_FILES} notebooks and .ts files, not read`);
          return;
        }
        files.push(path);
      }
    }
  };
  walk("", 0);
  return { files: files.sort(), skipped };
}

/**
 * A student's submission: a notebook, or a folder of notebooks and exercise `.ts` files, also in its
 * subfolders (learners zip a folder). When two files answer one exercise, the last in path order is
 * graded and a problem names both.
 */
export function readSubmission(path: string, student: string): Submission {
  if (!statSync(path).isDirectory()) {
    const { sources, problems } = notebookSources(readFileSync(path, "utf8"), basename(path));
    return { student, sources, problems };
  }
  const sources = new Map<string, { source: string; origin: string }>();
  const problems: string[] = [];
  const { files, skipped } = submissionFiles(path);
  problems.push(...skipped.map((reason) => `${basename(path)}/${reason}`));
  const fileOf = new Map<string, string>();
  const add = (id: string, value: { source: string; origin: string }, file: string): void => {
    const earlier = fileOf.get(id);
    if (earlier !== undefined && earlier !== file)
      problems.push(
        `exercise '${id}' is answered in two files, ${earlier} and ${file}; ${file} is graded (remove the other copy)`,
      );
    fileOf.set(id, file);
    sources.set(id, value);
  };
  for (const name of files) {
    const file = `${basename(path)}/${name}`;
    if (name.endsWith(".ipynb")) {
      const found = notebookSources(readFileSync(join(path, name), "utf8"), file);
      found.sources.forEach((value, id) => add(id, value, file));
      problems.push(...found.problems);
    } else {
      const code = readFileSync(join(path, name), "utf8");
      for (const id of checkedIds(code)) add(id, { source: code, origin: file }, file);
    }
  }
  if (sources.size === 0 && problems.length === 0)
    problems.push(`${basename(path)}/ holds no notebook or exercise file that calls check(…); nothing could be graded`);
  return { student, sources, problems };
}
