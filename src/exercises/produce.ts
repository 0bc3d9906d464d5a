import { callsWithCaseArgs, kinds } from "./kinds";
import type { Case, Exercise, Value } from "./types";
import { decodeValue, encodeValue } from "./values";

// Producing and reading one answer's output for one case: shared by the checker (evaluate.ts)
// and the hints (hints.ts), which re-run a known mistake the same way.

/**
 * Produces an answer's output for one case as an encoded value, or reports what went wrong. The
 * notebook's `check` calls the answer in-process; the grader calls it inside a vm realm.
 */
export type Produce = (args: Case) => { encoded: string } | { error: string };

/** Message of a stub's error; `check` recognises it and says "not implemented yet" instead of failing. */
export const NOT_IMPLEMENTED = "not implemented yet";

export function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : `threw ${String(error)}`;
}

/** In-process production: calls a function answer with the case's arguments, or reads a value answer. */
export function produceHere(exercise: Exercise, answer: unknown): Produce {
  return (args) => {
    try {
      const output = callsWithCaseArgs(exercise.kind)
        ? (answer as (...a: unknown[]) => unknown)(...args.map(copyArg))
        : typeof answer === "function"
          ? (answer as () => unknown)()
          : answer;
      return { encoded: encodeValue(output) };
    } catch (error) {
      return { error: errorMessage(error) };
    }
  };
}

// A fresh copy per call, so an answer that mutates its input cannot change the next case.
const copyArg = (arg: Case[number]): unknown => (typeof arg === "number" ? arg : [...arg]);

/** Reads one case's output in the kind's terms; a formula that mathjs cannot evaluate is an error, not a crash. */
export function interpretCase(
  exercise: Exercise,
  produced: ReturnType<Produce>,
  args: Case,
): { value: Value } | { error: string } {
  if ("error" in produced) return produced;
  try {
    return { value: kinds[exercise.kind].interpret(decodeValue(produced.encoded), args) };
  } catch (error) {
    return { error: errorMessage(error) };
  }
}
