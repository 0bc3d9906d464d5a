import { exerciseBank } from "./bank/index";
import { answerTypeProblem, produceHere, runCases } from "./evaluate";
import { expectationsFor } from "./expected";
import { formatFeedback } from "./feedback";
import { formatProgress, readProgress, recordProgress } from "./progress";
import { exercise as findExercise } from "./registry";
import type { CheckResult } from "./types";

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
  const result: CheckResult = typeProblem
    ? {
        id,
        title: exercise.title,
        scope: "public",
        cases: [],
        passed: false,
        points: 0,
        maxPoints: exercise.points,
        hints: [],
        problem: typeProblem,
        notes: [],
      }
    : runCases(exercise, produceHere(exercise, answer), expectationsFor(exercise, "public"), "public");
  const feedback = formatFeedback(result);
  console.log(feedback);
  recordProgress(result);
  return withReceipt(result, feedback);
}

/** Prints, per notebook, which exercises are done and which are left (the same as `npm run progress`). */
export function progress(): void {
  console.log(formatProgress(exerciseBank, readProgress()));
}
