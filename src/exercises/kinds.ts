import { createHash } from "node:crypto";
import { evaluateExpression } from "../symbolic/symbolicDerivative";
import type { Case, Exercise, ExerciseKind, Value } from "./types";
import { closeValues } from "./values";

/**
 * How each kind of exercise turns an answer into values and compares them. A registry filled from
 * data: adding a kind is adding an entry here.
 */
export interface KindSpec {
  /** What `check` must be given, for the error when it gets something else. */
  readonly answerDescription: string;
  /** typeof of the accepted answer (a zero-argument function returning it is accepted too). */
  readonly answerType: "function" | "number" | "string";
  /** Reads a produced value in the kind's terms (a formula is evaluated at the case's x). */
  interpret(output: Value, args: Case): Value;
  matches(actual: Value, expected: Value, exercise: Exercise): boolean;
  /** For answers that ARE the solution (numeric, choice): a digest the student edition checks against. */
  digest?(actual: Value, exercise: Exercise): string;
}

const defaultTolerance = { absolute: 1e-9, relative: 1e-7 };

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

function roundedText(value: Value, exercise: Exercise): string {
  return value.kind === "number" ? value.value.toPrecision(exercise.significantDigits ?? 4) : "not a number";
}

function choiceLetter(value: Value): string {
  return value.kind === "text" ? value.text.trim().toUpperCase() : "not a letter";
}

export const kinds: Readonly<Record<ExerciseKind, KindSpec>> = {
  function: {
    answerDescription: "a function",
    answerType: "function",
    interpret: (output) => output,
    matches: (actual, expected, exercise) => closeValues(actual, expected, exercise.tolerance ?? defaultTolerance),
  },
  numeric: {
    answerDescription: "a number",
    answerType: "number",
    interpret: (output) => output,
    matches: (actual, expected, exercise) => roundedText(actual, exercise) === roundedText(expected, exercise),
    digest: (actual, exercise) => sha256(`${exercise.id}:${roundedText(actual, exercise)}`),
  },
  formula: {
    answerDescription: 'a mathjs expression in x, as a string (e.g. "x * (1 - x)")',
    answerType: "string",
    interpret: (output, [x]) => {
      if (output.kind !== "text") return output;
      return { kind: "number", value: evaluateExpression(output.text, Number(x)) };
    },
    matches: (actual, expected, exercise) => closeValues(actual, expected, exercise.tolerance ?? defaultTolerance),
  },
  choice: {
    answerDescription: 'the letter of one option, as a string (e.g. "B")',
    answerType: "string",
    interpret: (output) => output,
    matches: (actual, expected) => choiceLetter(actual) === choiceLetter(expected),
    digest: (actual, exercise) => sha256(`${exercise.id}:${choiceLetter(actual)}`),
  },
};

/** Function answers are called once per case; the other kinds produce one value, evaluated per case. */
export function callsWithCaseArgs(kind: ExerciseKind): boolean {
  return kinds[kind].answerType === "function";
}
