/**
 * Solution and hidden-case markers, and how the student edition removes what they enclose.
 *
 *   // BEGIN SOLUTION … // END SOLUTION   the reference answer (bank) or the worked solution (notebooks,
 *                                         exercise files); in "stub" mode replaced by a throwing stub
 *   // BEGIN HIDDEN … // END HIDDEN       hidden cases and their helpers; always removed
 */
export const STUB_LINE = 'throw new Error("not implemented yet: write your solution here");';

const marker = /^(\s*)\/\/\s*(BEGIN|END)\s+(SOLUTION|HIDDEN)\s*$/;

/** "stub" for learner-facing code (a function body keeps compiling), "remove" for bank definitions. */
export type StripMode = "stub" | "remove";

export interface MarkedRegion {
  readonly kind: "SOLUTION" | "HIDDEN";
  /** The enclosed lines, markers excluded. */
  readonly lines: readonly string[];
}

/** The marked regions of a text; throws on a marker without its partner, naming the line. */
export function markedRegions(text: string, where = "text"): MarkedRegion[] {
  const regions: MarkedRegion[] = [];
  let open: { kind: "SOLUTION" | "HIDDEN"; line: number; lines: string[] } | undefined;
  text.split("\n").forEach((line, index) => {
    const match = marker.exec(line);
    if (!match) {
      open?.lines.push(line);
      return;
    }
    const [, , edge, kind] = match as unknown as [string, string, "BEGIN" | "END", "SOLUTION" | "HIDDEN"];
    if (edge === "BEGIN") {
      if (open)
        throw new Error(
          `${where}:${index + 1}: BEGIN ${kind} inside the ${open.kind} region opened on line ${open.line}`,
        );
      open = { kind, line: index + 1, lines: [] };
    } else {
      if (open?.kind !== kind) throw new Error(`${where}:${index + 1}: END ${kind} without a matching BEGIN ${kind}`);
      regions.push({ kind, lines: open.lines });
      open = undefined;
    }
  });
  if (open) throw new Error(`${where}:${open.line}: BEGIN ${open.kind} is never closed`);
  return regions;
}

/** The text without its marked regions: a solution becomes a stub (or nothing), hidden cases vanish. */
export function stripMarked(text: string, mode: StripMode, where = "text"): string {
  markedRegions(text, where); // validates the pairing first
  const out: string[] = [];
  let inside = false;
  for (const line of text.split("\n")) {
    const match = marker.exec(line);
    if (!match) {
      if (!inside) out.push(line);
      continue;
    }
    inside = match[2] === "BEGIN";
    if (inside && match[3] === "SOLUTION" && mode === "stub") out.push(`${match[1]}${STUB_LINE}`);
  }
  return out.join("\n");
}

interface NotebookCell {
  cell_type: string;
  source: string | string[];
  outputs?: unknown[];
  execution_count?: number | null;
}

const cellSource = (cell: NotebookCell): string => (Array.isArray(cell.source) ? cell.source.join("") : cell.source);

/** nbformat's list-of-lines form: each line keeps its "\n" except the last. */
const toSourceLines = (text: string): string[] => text.split(/(?<=\n)/);

/**
 * A code cell with this line is a worked example (the tour's tanh′): its solution is the lesson, so
 * the student edition keeps it, markers and all.
 */
export const WORKED_EXAMPLE_LINE = "// WORKED EXAMPLE: the student edition keeps this solution";

export const isWorkedExample = (source: string): boolean =>
  source.split("\n").some((line) => line.trim() === WORKED_EXAMPLE_LINE);

/** A notebook's JSON text with solutions stubbed in code cells (worked examples excepted) and outputs cleared. */
export function stripNotebook(text: string, where = "notebook"): string {
  const notebook = JSON.parse(text) as { cells: NotebookCell[] };
  notebook.cells = notebook.cells.map((cell, index) => {
    if (cell.cell_type !== "code") return cell;
    const original = cellSource(cell);
    const stripped = isWorkedExample(original) ? original : stripMarked(original, "stub", `${where} cell ${index + 1}`);
    const source = toSourceLines(stripped);
    return { ...cell, source, outputs: [], execution_count: null };
  });
  return `${JSON.stringify(notebook, null, 1)}\n`;
}

/** The marked regions of every code cell of a notebook. */
export function notebookRegions(text: string, where = "notebook"): MarkedRegion[] {
  const notebook = JSON.parse(text) as { cells: NotebookCell[] };
  return notebook.cells.flatMap((cell, index) =>
    cell.cell_type === "code" ? markedRegions(cellSource(cell), `${where} cell ${index + 1}`) : [],
  );
}
