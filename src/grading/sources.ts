import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";

/** Where each exercise's code is in one student's submission, and what was wrong with it. */
export interface Submission {
  readonly student: string;
  readonly sources: ReadonlyMap<string, { readonly source: string; readonly origin: string }>;
  readonly problems: readonly string[];
}

const checkCall = /\bcheck\(\s*["']([a-z0-9-]+)["']/g;
const importLine = /^\s*import\s[^;]*?from\s*["'][^"']+["'];?[ \t]*$/gm;

/** The exercise ids a piece of code checks. */
export function checkedIds(code: string): string[] {
  return [...new Set([...code.matchAll(checkCall)].map((match) => match[1]))];
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
  const imports = [
    ...new Set(codeCells.flatMap(({ cell }) => cellText(cell).match(importLine) ?? []).map((line) => line.trim())),
  ];
  const problems: string[] = [];
  for (const { index, cell } of codeCells) {
    const code = cellText(cell);
    for (const id of checkedIds(code)) {
      const previous = sources.get(id);
      if (previous)
        problems.push(
          `exercise '${id}' is checked in two cells of ${origin} (${previous.origin.split(" of ")[0]} and cell ${index + 1}, a duplicated cell?); the last one is graded`,
        );
      const ownImports = new Set(code.match(importLine)?.map((line) => line.trim()) ?? []);
      const preamble = imports.filter((line) => !ownImports.has(line)).join("\n");
      sources.set(id, { source: `${preamble}\n${code}`, origin: `cell ${index + 1} of ${origin}` });
    }
  }
  return { sources, problems };
}

/** A student's submission: a notebook, or a folder of notebooks and exercise `.ts` files. */
export function readSubmission(path: string): Submission {
  const student = basename(path).replace(/\.ipynb$/, "");
  if (!statSync(path).isDirectory()) {
    const { sources, problems } = notebookSources(readFileSync(path, "utf8"), basename(path));
    return { student, sources, problems };
  }
  const sources = new Map<string, { source: string; origin: string }>();
  const problems: string[] = [];
  for (const name of readdirSync(path).sort()) {
    const file = join(path, name);
    if (name.endsWith(".ipynb")) {
      const found = notebookSources(readFileSync(file, "utf8"), `${student}/${name}`);
      found.sources.forEach((value, id) => sources.set(id, value));
      problems.push(...found.problems);
    } else if (name.endsWith(".ts")) {
      const code = readFileSync(file, "utf8");
      for (const id of checkedIds(code)) sources.set(id, { source: code, origin: `${student}/${name}` });
    }
  }
  return { student, sources, problems };
}
