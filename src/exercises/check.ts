import { exerciseBank } from "./bank/index";
import { answerTypeProblem, runCases } from "./evaluate";
import { produceHere } from "./produce";
import { checkedOnlyAtGrading, expectationsFor } from "./expected";
import { formatFeedback } from "./feedback";
import { formatProgress, readProgress, recordProgress } from "./progress";
import { exercise as findExercise } from "./registry";
import type { CheckResult, Exercise } from "./types";
import { symbolicallyEqual } from "../symbolic/symbolicDerivative";

/** What `check` returns: the result, shown in a notebook as its one-line verdict. */
export type CheckReport = CheckResult & { readonly feedback: string };

const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/**
 * The feedback is already printed, and a notebook also displays a cell's last value, so the value
 * shows as a short receipt rather than the verdict a second time.
 */
function withReceipt(result: CheckResult, feedback: string): CheckReport {
  const receipt = `(recorded ${result.points}/${result.maxPoints} points for ${result.id}; progress() lists every exercise)`;
  return Object.defineProperty({ ...result, feedback }, inspectSymbol, { value: () => receipt, enumerable: false });
}

/**
 * Checks an answer against an exercise's public cases and prints the feedback at once:
 * `check("gelu-tanh", geluTanh)`. Records the latest result in `.actlab/progress.json`.
 * Answers are a function (function exercises), a number, a mathjs formula string, a choice letter,
 * or a zero-argument function returning one of those.
 */
export function check(id: string, answer: unknown): CheckReport {
  const exercise = findExercise(id);
  const typeProblem = answerTypeProblem(exercise, typeof answer);
  if (!typeProblem && checkedOnlyAtGrading(exercise)) return recordedForGrading(exercise);
  const graded: CheckResult = typeProblem
    ? { ...noCases(exercise), problem: typeProblem }
    : runCases(exercise, produceHere(exercise, answer), expectationsFor(exercise, "public"), "public");
  const result = graded.passed ? { ...graded, notes: [...graded.notes, ...symbolicNotes(exercise, answer)] } : graded;
  const feedback = formatFeedback(result);
  console.log(feedback);
  recordProgress(result);
  return withReceipt(result, feedback);
}

/** A result with no case run (a wrong type of answer, or the graded edition's numeric and choice answers). */
function noCases(exercise: Exercise): CheckResult {
  return {
    id: exercise.id,
    title: exercise.title,
    scope: "public",
    cases: [],
    passed: false,
    points: 0,
    maxPoints: exercise.points,
    hints: [],
    notes: [],
  };
}

/** The graded edition's answer to a numeric or choice check: recorded, and checked at grading only. */
function recordedForGrading(exercise: Exercise): CheckReport {
  const result = noCases(exercise);
  const feedback = `• ${exercise.id}: answer recorded; it is checked at grading (this edition holds nothing to compare it with)`;
  console.log(feedback);
  recordProgress(result);
  return withReceipt(result, feedback);
}

/**
 * A formula that passed on the grid is also compared with the reference symbolically, where the
 * reference is at hand (the instructor's and the self-learner's edition; the student edition has none).
 */
function symbolicNotes(exercise: Exercise, answer: unknown): string[] {
  if (exercise.kind !== "formula" || typeof exercise.reference !== "string") return [];
  try {
    const formula = typeof answer === "function" ? (answer as () => unknown)() : answer;
    if (typeof formula !== "string") return [];
    return symbolicallyEqual(formula, exercise.reference)
      ? ["mathjs confirms symbolically that your formula equals the reference"]
      : ["mathjs could not show the equality symbolically (its simplifier is incomplete); the grid check decided"];
  } catch {
    return [];
  }
}

/** Prints, per notebook, which exercises are done and which are left (the same as `npm run progress`). */
export function progress(): void {
  console.log(formatProgress(exerciseBank, readProgress()));
}
