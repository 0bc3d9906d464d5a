import { hintsFor } from "./hints";
import { kinds } from "./kinds";
import { interpretCase, NOT_IMPLEMENTED, type Produce } from "./produce";
import type { Case, CaseResult, CheckResult, Exercise, Expectation, Scope, Value } from "./types";

export function casesOf(exercise: Exercise, scope: Scope): { args: Case; hidden: boolean }[] {
  const visible = exercise.publicCases.length ? exercise.publicCases : [[]];
  const hidden = scope === "all" ? (exercise.hiddenCases ?? []) : [];
  return [...visible.map((args) => ({ args, hidden: false })), ...hidden.map((args) => ({ args, hidden: true }))];
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
