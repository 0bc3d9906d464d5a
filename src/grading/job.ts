import type { CheckResult, Exercise, Scope } from "../exercises/types";

/** One (student, exercise) pair to grade: the learner's code that calls check(id, …), or why there is none. */
export interface GradingJob {
  readonly student: string;
  readonly exerciseId: string;
  /** TypeScript source (a notebook cell with the notebook's imports, or an exercise file). */
  readonly source?: string;
  /** Where the source came from, for feedback ("cell 7 of alice.ipynb"). */
  readonly origin: string;
  /** Why there is no source (a deleted cell, a malformed notebook). */
  readonly missing?: string;
  /** The submission could not be read at all (bad JSON, no cells). */
  readonly malformed?: boolean;
  readonly scope: Scope;
  readonly timeLimitMs: number;
}

export type Outcome =
  | "passed"
  | "failed"
  | "not implemented"
  | "missing"
  | "malformed notebook"
  | "compile error"
  | "crashed"
  | "time limit"
  | "memory limit"
  | "process.exit"
  | "forbidden module"
  /** The answer uses an actlab export its exercise `forbids` (found in the source by the parent). */
  | "forbidden call"
  | "tampering"
  | "escape attempt"
  /** The graded student edition's own check of a numeric or choice answer: nothing to compare with. */
  | "recorded"
  | "unhandled rejection";

export interface JobResult {
  readonly student: string;
  readonly exerciseId: string;
  readonly points: number;
  readonly maxPoints: number;
  readonly outcome: Outcome;
  readonly feedback: string;
  readonly result?: CheckResult;
  /** No cell or file of the submission checks this exercise (feedback lists these on one line). */
  readonly notSubmitted?: boolean;
}

/** A result that scores 0 and says why in one line. */
export function zeroResult(job: GradingJob, exercise: Exercise, outcome: Outcome, message: string): JobResult {
  return {
    student: job.student,
    exerciseId: job.exerciseId,
    points: 0,
    maxPoints: exercise.points,
    outcome,
    feedback: capFeedback(`✗ ${job.exerciseId} (${job.origin}): ${message} (0/${exercise.points} points)`),
  };
}

/** Longest feedback of one exercise; the rest is cut, with a note, so one answer cannot flood a file. */
export const MAX_FEEDBACK_CHARS = 4000;

export function capFeedback(text: string): string {
  if (text.length <= MAX_FEEDBACK_CHARS) return text;
  return `${text.slice(0, MAX_FEEDBACK_CHARS)}\n  … (feedback cut at ${MAX_FEEDBACK_CHARS} of ${text.length} characters)`;
}
