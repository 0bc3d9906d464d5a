// Reading, normalising and checking .ipynb files (nbformat 4.5).
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const KERNELSPEC = { display_name: "TypeScript (actlab)", language: "typescript", name: "tslab" };
export const LANGUAGE_INFO = {
  codemirror_mode: { mode: "typescript", name: "javascript", typescript: true },
  file_extension: ".ts",
  mimetype: "text/typescript",
  name: "typescript",
  version: "5.0.4",
};

/** The .ipynb files directly inside `dir`, sorted by name (so 00-tour runs first). */
export function listNotebooks(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".ipynb"))
    .sort()
    .map((name) => join(dir, name));
}

export function readNotebook(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** Cell source as one string (nbformat allows a string or a list of lines). */
export function cellSource(cell) {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

/** The tag that makes a markdown cell the lecturer's speaker notes (reveal.js's S key). */
export const SPEAKER_NOTES_TAG = "speaker-notes";

/**
 * Whether a cell is speaker notes: a markdown cell tagged `speaker-notes`, or any cell whose
 * Slideshow type is `notes`. The slides turn it into the notes of the sub-slide it follows; the
 * student edition and the book leave it out.
 */
export function isSpeakerNotes(cell) {
  if (cell.metadata?.slideshow?.slide_type === "notes") return true;
  return cell.cell_type === "markdown" && (cell.metadata?.tags ?? []).includes(SPEAKER_NOTES_TAG);
}

/** The notebook without its speaker notes (a copy; the other cells untouched). */
export function withoutSpeakerNotes(notebook) {
  return { ...notebook, cells: notebook.cells.filter((cell) => !isSpeakerNotes(cell)) };
}

/** Source text split into nbformat's list-of-lines form. */
export function toSourceLines(text) {
  return text.split(/(?<=\n)/).filter((line) => line.length > 0);
}

/** Problems that keep a committed notebook from being clean, valid nbformat 4.5 for tslab. */
export function notebookProblems(notebook) {
  const problems = [];
  if (notebook.nbformat !== 4 || notebook.nbformat_minor < 5)
    problems.push(`nbformat is ${notebook.nbformat}.${notebook.nbformat_minor}, expected 4.5`);
  if (notebook.metadata?.kernelspec?.name !== "tslab")
    problems.push(`kernelspec is '${notebook.metadata?.kernelspec?.name}', expected 'tslab'`);
  const ids = new Set();
  (notebook.cells ?? []).forEach((cell, index) => {
    const label = `cell ${index + 1}`;
    if (typeof cell.id !== "string" || !/^[a-zA-Z0-9-_]{1,64}$/.test(cell.id))
      problems.push(`${label} has no valid id`);
    else if (ids.has(cell.id)) problems.push(`${label} repeats id '${cell.id}'`);
    ids.add(cell.id);
    if (cell.cell_type === "code" && (cell.outputs?.length || cell.execution_count != null)) {
      problems.push(`${label} carries outputs or an execution count; clear them (npm run nb:clean)`);
    }
  });
  return problems;
}

/** The notebook with outputs cleared, ids filled in, and tslab metadata set. */
export function normaliseNotebook(notebook) {
  const ids = new Set();
  const cells = notebook.cells.map((cell) => {
    let id = typeof cell.id === "string" && !ids.has(cell.id) ? cell.id : randomBytes(4).toString("hex");
    while (ids.has(id)) id = randomBytes(4).toString("hex");
    ids.add(id);
    const source = toSourceLines(cellSource(cell));
    const base = { cell_type: cell.cell_type, id, metadata: cell.metadata ?? {}, source };
    return cell.cell_type === "code" ? { ...base, execution_count: null, outputs: [] } : base;
  });
  return {
    cells,
    metadata: { ...notebook.metadata, kernelspec: KERNELSPEC, language_info: LANGUAGE_INFO },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

/** Serialises like Jupyter does (one-space indent, trailing newline), so diffs stay small. */
export function serialiseNotebook(notebook) {
  return JSON.stringify(notebook, null, 1) + "\n";
}

/** A minimal valid notebook of code cells with these sources, as JSON text (for generated test classes). */
export function codeNotebookJson(sources) {
  const cells = sources.map((source, i) => ({
    cell_type: "code",
    id: `c${i}`,
    metadata: {},
    source,
    outputs: [],
    execution_count: null,
  }));
  return JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells });
}
