import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { readNotebook } from "./notebooks.mjs";

// The "no giveaway" check (issue 14): nothing in a notebook before an exercise's statement may state
// or print its answer. For a numeric exercise the answer is the reference rounded as the checker
// rounds it (toPrecision of its significant digits, src/exercises/kinds.ts), looked for in every
// number of the text, whatever its format (0.0962, 9.622e-2, 9.622 × 10^{-2}, 9.62%, 13,824); for
// a choice exercise it is the correct option's text. Cells are read as the student edition shows
// them (solutions removed); outputs come from the executed notebook, except those of exercise cells,
// which a learner's own answers produce.

/** Rounded as the checker compares numeric answers. */
const rounded = (value, digits) => Math.abs(value).toPrecision(digits);

const SUPERSCRIPTS = {
  "⁰": "0",
  "¹": "1",
  "²": "2",
  "³": "3",
  "⁴": "4",
  "⁵": "5",
  "⁶": "6",
  "⁷": "7",
  "⁸": "8",
  "⁹": "9",
};
const fromSuperscript = (text) => [...text].map((c) => (c === "⁻" ? "-" : c === "⁺" ? "" : SUPERSCRIPTS[c])).join("");

// A number: digits with optional groups of three (13,824 · 13 824 · 13_824), a fraction, an exponent,
// then optionally "× 10^{-2}" (LaTeX or plain), "×10⁻²" or a percent sign. Not inside a name (x2, layer_1).
const NUMBER =
  /(?<![\w.])(\d{1,3}(?:[,_ ]\d{3})+|\d+)(\.\d+)?(?:[eE]([-+]?\d+))?(?:\s*(?:\\times|×|\\cdot|·|\*)\s*10(?:\^\{?([-−]?\d+)\}?|\*\*\(?([-−]?\d+)\)?|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)))?(\s*\\?%)?/g;

/** Every number written in a text, as values (a percentage also as its fraction). */
export function numbersIn(text) {
  const values = [];
  for (const match of text.matchAll(NUMBER)) {
    const [, whole, fraction = "", exponent, latexPower, pythonPower, superPower, percent] = match;
    const power = latexPower ?? pythonPower ?? (superPower === undefined ? undefined : fromSuperscript(superPower));
    let value = Number(`${whole.replace(/[,_ ]/g, "")}${fraction}${exponent === undefined ? "" : `e${exponent}`}`);
    if (power !== undefined) value *= 10 ** Number(power.replace("−", "-"));
    if (Number.isFinite(value)) values.push(value);
    if (percent !== undefined && Number.isFinite(value)) values.push(value / 100);
  }
  return values;
}

/** Prose compared loosely: no Markdown or LaTeX marks, one space, lower case, the minus sign as "-". */
export const looseText = (text) =>
  text
    .replace(/[*_`$\\]/g, "")
    .replace(/−/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** Shorter option texts are too common to look for ("1×2", "tanh"). */
export const MIN_OPTION_CHARS = 8;

/**
 * What to look for, or why nothing is looked for: a function or formula answer is no single text;
 * a small whole number (the rank 32, two units) or a one-digit value (0.5) is in every notebook.
 */
export function answerNeedle(exercise) {
  if (exercise.kind === "choice") {
    const text = exercise.options?.[exercise.reference];
    if (typeof text !== "string") return { skip: `no option text for the answer ${exercise.reference}` };
    const loose = looseText(text);
    if (loose.length < MIN_OPTION_CHARS) return { skip: `the option text "${text}" is too short to look for` };
    return {
      describe: `option ${exercise.reference}, "${text}"`,
      matches: (cellText) => looseText(cellText).includes(loose),
    };
  }
  if (exercise.kind !== "numeric") return { skip: `a ${exercise.kind} answer, not one number or option` };
  const value = typeof exercise.reference === "function" ? exercise.reference() : exercise.reference;
  if (typeof value !== "number" || !Number.isFinite(value)) return { skip: "no finite reference number" };
  const digits = exercise.significantDigits ?? 4;
  const target = rounded(value, digits);
  const significant = target.replace(/e.*$/, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
  if ((Number.isInteger(value) && Math.abs(value) < 1000) || significant.length < 2)
    return { skip: `the answer ${Number(target)} is too common a number to look for` };
  return {
    describe: `${Number(target)} (${digits} significant digits)`,
    matches: (cellText) => numbersIn(cellText).some((number) => number !== 0 && rounded(number, digits) === target),
  };
}

const sourceOf = (cell) => (Array.isArray(cell.source) ? cell.source.join("") : (cell.source ?? ""));

/** The text of a cell's outputs a reader sees: streams and the plain, Markdown and LaTeX forms. */
function outputText(cell) {
  return (cell.outputs ?? [])
    .flatMap((output) => {
      if (output.output_type === "stream") return [sourceOf({ source: output.text })];
      const data = output.data ?? {};
      return ["text/plain", "text/markdown", "text/latex"]
        .filter((type) => type in data)
        .map((type) => sourceOf({ source: data[type] }));
    })
    .join("\n");
}

/** The first line of `text` that `matches`, shortened, for the report. */
function hitLine(text, matches) {
  const line = text.split("\n").find((candidate) => matches(candidate)) ?? text;
  const trimmed = line.trim();
  return trimmed.length > 120 ? `${trimmed.slice(0, 117)}…` : trimmed;
}

/**
 * The giveaways of one exercise: each cell before its statement cell (`ex-<id>`) whose source (as
 * the student edition has it: `stripSolutions`) or output (from `executed`, matched by cell id)
 * holds the answer. Returns { verdict: "clean" | "giveaway" | "not searched", needle, hits, reason }.
 */
export function exerciseGiveaways(exercise, notebook, { executed, stripSolutions }) {
  const needle = answerNeedle(exercise);
  if (needle.skip) return { verdict: "not searched", reason: needle.skip, hits: [] };
  const statementAt = notebook.cells.findIndex((cell) => cell.id === `ex-${exercise.id}`);
  if (statementAt < 0) return { verdict: "not searched", reason: `no statement cell ex-${exercise.id}`, hits: [] };
  const outputsById = new Map((executed?.cells ?? []).map((cell) => [cell.id, cell]));
  const hits = [];
  notebook.cells.slice(0, statementAt).forEach((cell, index) => {
    const source = cell.cell_type === "code" ? stripSolutions(sourceOf(cell)) : sourceOf(cell);
    if (needle.matches(source)) hits.push({ cell: index + 1, where: "source", text: hitLine(source, needle.matches) });
    const ran = outputsById.get(cell.id);
    if (ran !== undefined && !String(cell.id).startsWith("ex-")) {
      const output = outputText(ran);
      if (needle.matches(output))
        hits.push({ cell: index + 1, where: "output", text: hitLine(output, needle.matches) });
    }
  });
  return { verdict: hits.length ? "giveaway" : "clean", needle: needle.describe, hits };
}

/** What a failing check says: where, what, and what to do about it. */
export function giveawayMessage(exercise, result) {
  return [
    `✗ ${exercise.notebook}: ${exercise.id}: the answer ${result.needle} appears before the exercise's statement:`,
    ...result.hits.map((hit) => `    cell ${hit.cell} (${hit.where}): ${hit.text}`),
    `    fix: move that cell after the check cell ex-${exercise.id}-test as the reveal ("**Reveal.** …"),` +
      " or change the exercise so it asks for something the notebook has not shown (issue 14).",
  ].join("\n");
}

/**
 * Every numeric and choice exercise of the bank (built dist/ of `root`), checked in its notebook
 * and, when `executedDir` holds the executed notebook, in its outputs. Returns one row per exercise:
 * { exercise, executed (whether outputs were read), ...exerciseGiveaways }.
 */
export function courseGiveaways(root, executedDir = join(root, "build", "executed")) {
  const require = createRequire(import.meta.url);
  const { exerciseBank } = require(join(root, "dist", "exercises", "bank", "index.js"));
  const { stripMarked } = require(join(root, "dist", "exercises", "markers.js"));
  const stripSolutions = (code) => stripMarked(code, "remove");
  const read = (path) => (existsSync(path) ? readNotebook(path) : undefined);
  const notebooks = new Map();
  return exerciseBank.map((exercise) => {
    if (!notebooks.has(exercise.notebook))
      notebooks.set(exercise.notebook, {
        source: read(join(root, "notebooks", `${exercise.notebook}.ipynb`)),
        executed: read(join(executedDir, `${exercise.notebook}.ipynb`)),
      });
    const { source, executed } = notebooks.get(exercise.notebook);
    if (source === undefined)
      return {
        exercise,
        executed: false,
        verdict: "not searched",
        reason: `notebooks/${exercise.notebook}.ipynb is missing`,
        hits: [],
      };
    return {
      exercise,
      executed: executed !== undefined,
      ...exerciseGiveaways(exercise, source, { executed, stripSolutions }),
    };
  });
}
