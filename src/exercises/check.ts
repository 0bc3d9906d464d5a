import { exerciseBank } from "./bank/index";
import { answerTypeProblem, runCases } from "./evaluate";
import { produceHere } from "./produce";
import { checkedOnlyAtGrading, expectationsFor } from "./expected";
import { formatFeedback } from "./feedback";
import { formatProgress, readProgress, recordProgress } from "./progress";
import { exercise as findExercise } from "./registry";
import type { CheckResult, Exercise } from "./types";
import { symbolicallyEqual } from "../symbolic/symbolicDerivative";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { show } from "../plots/show";
import { drawsCurve, expectedCurve, mistakeFigure, PUBLIC_CURVES_FILE } from "./curve";
import { forbiddenCallMessage, forbiddenCallsIn, watchForbiddenCalls } from "./forbidden";

/**
 * Set by the notebook runner (scripts/lib/execute.mjs): in an instructor notebook a failing check
 * then throws after printing, so the notebook stage fails, as `nbgrader validate` would. The student
 * edition has no reference answers and never throws this way.
 */
export const STRICT_CHECKS_ENV = "ACTLAB_STRICT_CHECKS";

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
    : runWatched(exercise, answer);
  const result = graded.passed ? { ...graded, notes: [...graded.notes, ...symbolicNotes(exercise, answer)] } : graded;
  const feedback = formatFeedback(result);
  console.log(feedback);
  if (!result.passed && !result.problem) drawMistake(exercise, answer, result);
  recordProgress(result);
  if (!result.passed && exercise.reference !== undefined && process.env[STRICT_CHECKS_ENV] === "1")
    throw new Error(`check("${id}") failed in an instructor notebook: the notebook's own solution must pass`);
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

/** The check, with the answer's calls of forbidden core functions noticed (its text and its run). */
function runWatched(exercise: Exercise, answer: unknown): CheckResult {
  let depth = 0;
  const watchedAnswer =
    typeof answer === "function"
      ? (...args: unknown[]) => {
          depth++;
          try {
            return (answer as (...a: unknown[]) => unknown)(...args);
          } finally {
            depth--;
          }
        }
      : answer;
  const { result, called } = watchForbiddenCalls(
    exercise,
    () => depth > 0,
    () => runCases(exercise, produceHere(exercise, watchedAnswer), expectationsFor(exercise, "public"), "public"),
    dirname(__dirname),
    answer,
  );
  const named = typeof answer === "function" ? forbiddenCallsIn(exercise, String(answer)) : [];
  const forbidden = [...new Set([...named, ...called])].sort();
  if (forbidden.length === 0) return result;
  return { ...result, passed: false, points: 0, hints: [], problem: forbidden.map(forbiddenCallMessage).join("; ") };
}

let shippedCurves: Readonly<Record<string, readonly (number | null)[]>> | undefined;

function loadShippedCurves(): Readonly<Record<string, readonly (number | null)[]>> {
  if (shippedCurves === undefined) {
    const file = join(__dirname, "bank", PUBLIC_CURVES_FILE);
    shippedCurves = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, number[]>) : {};
  }
  return shippedCurves;
}

/** Inside a notebook kernel only: the tslab kernel process runs `tslab kernel …`. */
const inNotebookKernel = (): boolean =>
  process.argv.includes("kernel") && process.argv.some((arg) => arg.includes("tslab"));

/** Draws the answer's curve against the expected one, where the notebook plots that curve. */
function drawMistake(exercise: Exercise, answer: unknown, result: CheckResult): void {
  if (!drawsCurve(exercise, answer) || !inNotebookKernel()) return;
  const expected = expectedCurve(exercise, loadShippedCurves());
  if (expected === undefined) return;
  try {
    show(mistakeFigure(exercise, answer, expected, result.cases));
  } catch {
    // a figure is a help, never a reason for the check itself to fail
  }
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
