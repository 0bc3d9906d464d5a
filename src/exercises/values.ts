import type { Case, Value } from "./types";

/**
 * Builds the function that copies an answer's output into an encoded string. It is self-contained
 * (no imports, no outer names) so the grader can also evaluate its source inside a learner's vm
 * realm, with that realm's intrinsics captured before learner code runs: then nothing the learner
 * does to `Array.isArray` or a prototype changes how their output is read.
 */
export function makeEncoder(
  isArray: (value: unknown) => boolean,
  isView: (value: unknown) => boolean,
  stringify: (value: unknown) => string,
): (value: unknown) => string {
  const maxLength = 10_000;
  const numbersOf = (list: ArrayLike<unknown>): string[] | undefined => {
    if (list.length > maxLength) return undefined;
    const out: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item !== "number") return undefined;
      out.push(`${item}`);
    }
    return out;
  };
  const describe = (value: unknown): string =>
    value === null ? "null" : isArray(value) ? `an array with a non-number inside` : `a value of type ${typeof value}`;
  return (value) => {
    if (typeof value === "number") return stringify({ kind: "number", value: `${value}` });
    if (typeof value === "string") return stringify({ kind: "text", text: value });
    if (isArray(value) || isView(value)) {
      const list = value as ArrayLike<unknown>;
      const flat = numbersOf(list);
      if (flat) return stringify({ kind: "vector", values: flat });
      const rows: string[][] = [];
      for (let i = 0; i < list.length && i <= maxLength; i++) {
        const row = list[i];
        const numbers = isArray(row) || isView(row) ? numbersOf(row as ArrayLike<unknown>) : undefined;
        if (!numbers) return stringify({ kind: "other", description: describe(value) });
        rows.push(numbers);
      }
      return stringify({ kind: "matrix", rows });
    }
    if (typeof value === "object" && value !== null) {
      const { rows, cols, data } = value as { rows?: unknown; cols?: unknown; data?: unknown };
      if (typeof rows === "number" && typeof cols === "number" && (isArray(data) || isView(data))) {
        const flat = numbersOf(data as ArrayLike<unknown>);
        if (flat && flat.length === rows * cols) {
          const nested: string[][] = [];
          for (let r = 0; r < rows; r++) nested.push(flat.slice(r * cols, (r + 1) * cols));
          return stringify({ kind: "matrix", rows: nested });
        }
      }
    }
    return stringify({ kind: "other", description: describe(value) });
  };
}

/** The encoder of this realm (the notebook's `check`; trusted code such as references and mistakes). */
export const encodeValue = makeEncoder(Array.isArray, ArrayBuffer.isView, JSON.stringify);

/** Decodes what `makeEncoder`'s function produced (numbers travel as strings so NaN and ±Infinity survive). */
export function decodeValue(encoded: string): Value {
  const raw = JSON.parse(encoded) as { kind: string; value?: string; values?: string[]; rows?: string[][] };
  if (raw.kind === "number") return { kind: "number", value: Number(raw.value) };
  if (raw.kind === "vector") return { kind: "vector", values: (raw.values ?? []).map(Number) };
  if (raw.kind === "matrix") return { kind: "matrix", rows: (raw.rows ?? []).map((row) => row.map(Number)) };
  if (raw.kind === "text") return { kind: "text", text: String((raw as { text?: unknown }).text) };
  return { kind: "other", description: String((raw as { description?: unknown }).description) };
}

/** An answer's output as plain data, read in this realm (the notebook's `check`). */
export function toValue(output: unknown): Value {
  return decodeValue(encodeValue(output));
}

/** Shape in words: "a number", "a vector of length 3", "a 3×3 matrix". */
export function describeShape(value: Value): string {
  if (value.kind === "number") return "a number";
  if (value.kind === "vector") return `a vector of length ${value.values.length}`;
  if (value.kind === "matrix") return `a ${value.rows.length}×${value.rows[0]?.length ?? 0} matrix`;
  if (value.kind === "text") return "a string";
  return value.description;
}

export function sameShape(a: Value, b: Value): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "vector" && b.kind === "vector") return a.values.length === b.values.length;
  if (a.kind === "matrix" && b.kind === "matrix") {
    return a.rows.length === b.rows.length && a.rows.every((row, i) => row.length === b.rows[i].length);
  }
  return true;
}

/** The numbers of a value, flattened row-major (empty for text and other). */
export function numbersOf(value: Value): readonly number[] {
  if (value.kind === "number") return [value.value];
  if (value.kind === "vector") return value.values;
  if (value.kind === "matrix") return value.rows.flat();
  return [];
}

export interface Tolerance {
  readonly absolute: number;
  readonly relative: number;
}

/** NaN equals NaN and an infinity equals itself: an answer must propagate NaN and saturate like the reference. */
export function closeNumbers(actual: number, expected: number, { absolute, relative }: Tolerance): boolean {
  if (Number.isNaN(expected) || Number.isNaN(actual)) return Number.isNaN(expected) && Number.isNaN(actual);
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return actual === expected;
  return Math.abs(actual - expected) <= absolute + relative * Math.abs(expected);
}

export function closeValues(actual: Value, expected: Value, tolerance: Tolerance): boolean {
  if (!sameShape(actual, expected)) return false;
  if (actual.kind === "text" && expected.kind === "text") return actual.text === expected.text;
  if (actual.kind === "other") return false;
  const actualNumbers = numbersOf(actual);
  return numbersOf(expected).every((number, i) => closeNumbers(actualNumbers[i], number, tolerance));
}

function formatNumber(x: number): string {
  return Number.isInteger(x) || !Number.isFinite(x) ? String(x) : String(Number(x.toPrecision(10)));
}

/** A value for feedback: numbers to 10 significant digits, long vectors shortened. */
export function formatValue(value: Value): string {
  if (value.kind === "number") return formatNumber(value.value);
  if (value.kind === "vector")
    return `[${value.values.slice(0, 8).map(formatNumber).join(", ")}${value.values.length > 8 ? ", …" : ""}]`;
  if (value.kind === "matrix")
    return `[${value.rows
      .slice(0, 4)
      .map((row) => formatValue({ kind: "vector", values: row }))
      .join(", ")}${value.rows.length > 4 ? ", …" : ""}]`;
  if (value.kind === "text") return JSON.stringify(value.text);
  return value.description;
}

/** A case's arguments for feedback: "(NaN)", "(2, 0.5)", "([1, 2, 3])". */
export function formatArgs(args: Case): string {
  return args.map((arg) => (typeof arg === "number" ? String(arg) : `[${arg.join(", ")}]`)).join(", ");
}
