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
 * and the code's import declarations.
 */
function parse(code: string): { ids: string[]; imports: string[] } {
  const ts = parser();
  const file = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const ids = new Set<string>();
  const imports: string[] = [];
  const visit = (node: TypeScript.Node): void => {
    if (ts.isImportDeclaration(node)) imports.push(node.getText(file).trim());
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const named = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : undefined;
      const id = named === "check" ? literalId(node.arguments[0], ts) : undefined;
      if (id !== undefined) ids.add(id);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { ids: [...ids], imports };
}

/** The exercise ids a piece of code checks. */
export function checkedIds(code: string): string[] {
  return parse(code).ids;
}

const cellText = (cell: { source?: unknown }): string =>
  Array.isArray(cell.source) ? cell.source.join("") : typeof cell.source === "string" ? cell.source : "";

/**
 * The exercise cells of a notebook. An exercise cell is graded on its own, after the notebook's
 * import lines (from any cell), so a slow or broken cell elsewhere cannot cost it.
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
  const codeCells = (notebook.cells as { cell_type?: unknown; source?: unknown }[])
    .map((cell, index) => ({ index, cell }))
    .filter(({ cell }) => cell !== null && typeof cell === "object" && cell.cell_type === "code");
  // Parsing every cell of a class costs more than grading it: a cell is parsed only if its text
  // could hold a check call or an import (an escaped identifier such as \u0063heck included).
  const parsed = codeCells.map(({ index, cell }) => {
    const code = cellText(cell);
    return { index, code, ...(/check|import|\\u/.test(code) ? parse(code) : { ids: [], imports: [] }) };
  });
  const imports = [...new Set(parsed.flatMap((cell) => cell.imports))];
  const problems: string[] = [];
  for (const { index, code, ids, imports: own } of parsed) {
    for (const id of ids) {
      const previous = sources.get(id);
      if (previous)
        problems.push(
          `exercise '${id}' is checked in two cells of ${origin} (${previous.origin.split(" of ")[0]} and cell ${index + 1}, a duplicated cell?); the last one is graded`,
        );
      const preamble = imports.filter((line) => !own.includes(line)).join("\n");
      sources.set(id, { source: `${preamble}\n${code}`, origin: `cell ${index + 1} of ${origin}` });
    }
  }
  return { sources, problems };
}

/** A student's submission: a notebook, or a folder of notebooks and exercise `.ts` files. */
export function readSubmission(path: string, student: string): Submission {
  if (!statSync(path).isDirectory()) {
    const { sources, problems } = notebookSources(readFileSync(path, "utf8"), basename(path));
    return { student, sources, problems };
  }
  const sources = new Map<string, { source: string; origin: string }>();
  const problems: string[] = [];
  for (const name of readdirSync(path).sort()) {
    const file = join(path, name);
    if (name.endsWith(".ipynb")) {
      const found = notebookSources(readFileSync(file, "utf8"), `${basename(path)}/${name}`);
      found.sources.forEach((value, id) => sources.set(id, value));
      problems.push(...found.problems);
    } else if (name.endsWith(".ts")) {
      const code = readFileSync(file, "utf8");
      for (const id of checkedIds(code)) sources.set(id, { source: code, origin: `${basename(path)}/${name}` });
    }
  }
  if (sources.size === 0 && problems.length === 0)
    problems.push(`${basename(path)}/ holds no notebook or exercise file that calls check(…); nothing could be graded`);
  return { student, sources, problems };
}
