// How a committed notebook's cells must look (issue #10): Prettier-formatted code, short lines and
// cells, prose wrapped at sentence boundaries, a short opening import cell; and checks that go
// through the core's verification report (issue #13), never a private "passed" line.
import { format } from "prettier";
import { cellSource } from "./notebooks.mjs";

export const LIMITS = {
  codeLineLength: 100,
  codeCellLines: 30,
  markdownLineLength: 120,
  importCellLines: 12,
};

/** tslab's cell magics (`%%node`, `%%browser`) are not TypeScript; Prettier formats what follows them. */
const MAGIC_LINE = /^%.*\n?/;

/** A code cell's source, formatted as the course formats TypeScript (no trailing newline, as Jupyter keeps it). */
export async function formatCode(source) {
  const magic = source.match(MAGIC_LINE)?.[0] ?? "";
  const code = source.slice(magic.length);
  if (code.trim() === "") return source;
  const formatted = await format(code, { parser: "typescript", printWidth: LIMITS.codeLineLength });
  return magic + formatted.replace(/\n$/, "");
}

/** The notebook with every code cell formatted; a cell Prettier cannot parse is named in the error. */
export async function formatNotebookCode(notebook) {
  const cells = [];
  for (const [index, cell] of notebook.cells.entries()) {
    if (cell.cell_type !== "code") {
      cells.push(cell);
      continue;
    }
    try {
      cells.push({ ...cell, source: await formatCode(cellSource(cell)) });
    } catch (error) {
      throw new Error(`cell ${index + 1} is not valid TypeScript for Prettier: ${error.message.split("\n")[0]}`);
    }
  }
  return { ...notebook, cells };
}

/** A Markdown table row cannot be broken over lines, so it is exempt from the prose line limit. */
const TABLE_ROW = /^(>\s*)?\|/;

/** Layout problems of one notebook, as sentences naming the cell (numbered from 1, as Jupyter shows). */
export function layoutProblems(notebook, limits = LIMITS) {
  const problems = [];
  const codeCells = notebook.cells.filter((cell) => cell.cell_type === "code");
  const firstCode = codeCells[0];
  notebook.cells.forEach((cell, index) => {
    const label = `cell ${index + 1}`;
    const lines = cellSource(cell).split("\n");
    if (cell.cell_type === "code") {
      if (lines.length > limits.codeCellLines)
        problems.push(`${label} has ${lines.length} lines (at most ${limits.codeCellLines}): split it`);
      if (cell === firstCode && lines.length > limits.importCellLines)
        problems.push(
          `${label}, the opening cell, has ${lines.length} lines (at most ${limits.importCellLines}): import names where a section first needs them`,
        );
      lines.forEach((line, i) => {
        if (line.length > limits.codeLineLength)
          problems.push(`${label} line ${i + 1} has ${line.length} characters (at most ${limits.codeLineLength})`);
      });
    } else if (cell.cell_type === "markdown") {
      lines.forEach((line, i) => {
        if (line.length > limits.markdownLineLength && !TABLE_ROW.test(line))
          problems.push(
            `${label} line ${i + 1} has ${line.length} characters (at most ${limits.markdownLineLength}): break it at a sentence or clause`,
          );
      });
    }
  });
  return problems;
}

/**
 * Code that checks without the verification report: a printed "passed"/"FAILED", a `.passed` read,
 * or a private copy of the report's helpers. Such a line can print "passed" forever; the report's
 * checks are each proven able to fail. Also a report that is built but never printed.
 */
const PRIVATE_CHECK = [
  [/\bpassed\b|FAILED/, 'prints its own "passed"/"FAILED"; use verification(…) from the core'],
  [/\b(verdict|describeCheck|gridBetween)\s*=/, "redefines a helper the core has (verification, gridBetween)"],
];

export function uncheckedClaims(notebook) {
  const problems = [];
  notebook.cells.forEach((cell, index) => {
    if (cell.cell_type !== "code") return;
    const source = cellSource(cell);
    for (const [pattern, why] of PRIVATE_CHECK) {
      if (pattern.test(source)) problems.push(`cell ${index + 1} ${why}`);
    }
    const reports = source.match(/\bverification\(/g)?.length ?? 0;
    const prints = source.match(/\.print\(\)/g)?.length ?? 0;
    if (reports > prints)
      problems.push(`cell ${index + 1} builds ${reports} verification report(s) but prints ${prints}`);
  });
  return problems;
}

/**
 * After a run with ACTLAB_VERIFY_PERTURB=1 (every check's actual side shifted far beyond its
 * tolerance), every report row must say FAILED: a row that still says "passed" is a check that
 * cannot fail. Also every report in the source must have printed (`sourceReports` of them).
 */
export function perturbedRunProblems(executedNotebook, sourceReports) {
  const problems = [];
  let printed = 0;
  executedNotebook.cells.forEach((cell, index) => {
    const text = (cell.outputs ?? []).map((output) => [output.text ?? ""].flat().join("")).join("");
    printed += text.split("\n").filter((line) => line.includes("ACTLAB_VERIFY_PERTURB=1")).length;
    for (const line of text.split("\n")) {
      if (/^✓ .*\bpassed$/.test(line)) problems.push(`cell ${index + 1}: still passed when perturbed: ${line}`);
    }
  });
  if (printed < sourceReports) problems.push(`${printed} perturbed reports printed, ${sourceReports} in the source`);
  return problems;
}

/** How many verification reports a notebook's code cells build. */
export function reportCount(notebook) {
  return notebook.cells
    .filter((cell) => cell.cell_type === "code")
    .reduce((sum, cell) => sum + (cellSource(cell).match(/\bverification\(/g)?.length ?? 0), 0);
}
