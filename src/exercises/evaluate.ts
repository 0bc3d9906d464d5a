import { callsWithCaseArgs, kinds } from "./kinds";
import { hintsFor } from "./hints";
import type { Case, CaseResult, CheckResult, Exercise, Expectation, Scope, Value } from "./types";
import { decodeValue, encodeValue } from "./values";

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

export function casesOf(exercise: Exercise, scope: Scope): { args: Case; hidden: boolean }[] {
  const visible = exercise.publicCases.length ? exercise.publicCases : [[]];
  const hidden = scope === "all" ? (exercise.hiddenCases ?? []) : [];
  return [...visible.map((args) => ({ args, hidden: false })), ...hidden.map((args) => ({ args, hidden: true }))];
}

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

export function expectationMet(exercise: Exercise, actual: Value, expectation: Expectation): boolean {
  const kind = kinds[exercise.kind];
  if ("value" in expectation) return kind.matches(actual, expectation.value, exercise);
  return kind.digest?.(actual, exercise) === expectation.digest;
}

/** Where the answer is not of the kind's type, the message that says so; undefined when it fits. */
export function answerTypeProblem(exercise: Exercise, answerType: string): string | undefined {
  const kind = kinds[exercise.kind];
  if (answerType === kind.answerType || answerType === "function") return undefined;
  return `check("${exercise.id}", …) expects ${kind.answerDescription}, but was given a ${answerType}`;
}

/** Runs every case of `scope` and scores the answer: points in proportion to the cases passed. */
export function runCases(
  exercise: Exercise,
  produce: Produce,
  expectations: readonly Expectation[],
  scope: Scope,
): CheckResult {
  const cases: CaseResult[] = casesOf(exercise, scope).map(({ args, hidden }, i) => {
    const outcome = interpretCase(exercise, produce(args), args);
    const expectation = expectations[i];
    const expected = "value" in expectation ? expectation.value : undefined;
    if ("error" in outcome) return { args, hidden, passed: false, expected, error: outcome.error };
    return {
      args,
      hidden,
      passed: expectationMet(exercise, outcome.value, expectation),
      expected,
      actual: outcome.value,
    };
  });
  const notImplemented = cases.find((c) => c.error?.includes(NOT_IMPLEMENTED));
  const passedCount = cases.filter((c) => c.passed).length;
  const passed = passedCount === cases.length;
  return {
    id: exercise.id,
    title: exercise.title,
    scope,
    cases,
    passed,
    points: Math.round((exercise.points * passedCount * 100) / cases.length) / 100,
    maxPoints: exercise.points,
    hints: passed || notImplemented ? [] : hintsFor(exercise, cases),
    problem: notImplemented ? `${NOT_IMPLEMENTED}: replace the stub's \`throw\` with your solution` : undefined,
    notes: [],
  };
}
