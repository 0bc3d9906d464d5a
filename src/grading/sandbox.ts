import { callsWithCaseArgs } from "../exercises/kinds";
import { answerTypeProblem, runCases } from "../exercises/evaluate";
import type { Produce } from "../exercises/produce";
import { expectationsFor } from "../exercises/expected";
import { formatFeedback } from "../exercises/feedback";
import { exercise as findExercise } from "../exercises/registry";
import type { Case, CheckResult, Exercise, Scope } from "../exercises/types";
import { createRealm, type Realm } from "./realm";
import { transpileLearnerCode } from "./transpile";

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
  | "tampering";

export interface JobResult {
  readonly student: string;
  readonly exerciseId: string;
  readonly points: number;
  readonly maxPoints: number;
  readonly outcome: Outcome;
  readonly feedback: string;
  readonly result?: CheckResult;
}

class TimeLimit extends Error {}

/** A result that scores 0 and says why in one line. */
export function zeroResult(job: GradingJob, exercise: Exercise, outcome: Outcome, message: string): JobResult {
  return {
    student: job.student,
    exerciseId: job.exerciseId,
    points: 0,
    maxPoints: exercise.points,
    outcome,
    feedback: `✗ ${job.exerciseId} (${job.origin}): ${message} (0/${exercise.points} points)`,
  };
}

const literal = (args: Case): string =>
  `[${args.map((arg) => (typeof arg === "number" ? String(arg) : `[${arg.map(String).join(",")}]`)).join(",")}]`;

function runTimed(realm: Realm, code: string, deadline: number): unknown {
  const remaining = Math.max(1, Math.floor(deadline - performance.now()));
  try {
    return realm.run(code, remaining);
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") throw new TimeLimit();
    throw error;
  }
}

/**
 * Grades one job in a fresh realm: expectations are computed first, in this realm, from the bank;
 * the learner's code then runs in its own realm under the time limit, and only encoded strings
 * come back out.
 */
export function gradeJob(job: GradingJob, distDir: string): JobResult {
  const exercise = findExercise(job.exerciseId);
  if (job.source === undefined)
    return zeroResult(job, exercise, "missing", job.missing ?? "no code calls check() for it");
  const expectations = expectationsFor(exercise, job.scope);
  const compiled = transpileLearnerCode(job.source);
  if ("error" in compiled) return zeroResult(job, exercise, "compile error", `does not compile: ${compiled.error}`);

  const { realm, harness, learnerRequire } = createRealm(distDir);
  (
    realm.run("(r) => Object.defineProperty(globalThis, '__actlabRequire', { value: r })", 1000) as (r: unknown) => void
  )(learnerRequire);
  harness.freeze();
  const deadline = performance.now() + job.timeLimitMs;
  const id = JSON.stringify(job.exerciseId);
  try {
    const loaded = runTimed(
      realm,
      `(() => { const module = { exports: {} }; try { (function (exports, require, module) {${compiled.code}\n})(module.exports, __actlabRequire, module); } catch (e) { return "error:" + __actlabHarness.describeError(e); } return "ok"; })()`,
      deadline,
    );
    const events = harness.events();
    const sandboxOutcome: Outcome | undefined = events.includes("process.exit")
      ? "process.exit"
      : events
        ? "forbidden module"
        : undefined;
    if (sandboxOutcome) return zeroResult(job, exercise, sandboxOutcome, events);
    const answerType = String(runTimed(realm, `__actlabHarness.answerType(${id})`, deadline));
    if (answerType === "missing") {
      const crash = String(loaded).startsWith("error:") ? `; the code threw first: ${String(loaded).slice(6)}` : "";
      return zeroResult(job, exercise, crash ? "crashed" : "missing", `the code never calls check(${id}, …)${crash}`);
    }
    const typeProblem = answerTypeProblem(exercise, answerType);
    if (typeProblem) return zeroResult(job, exercise, "failed", typeProblem);
    const calls = callsWithCaseArgs(exercise.kind);
    const produce: Produce = (args) => {
      const output = String(runTimed(realm, `__actlabHarness.produce(${id}, ${literal(args)}, ${calls})`, deadline));
      return output.startsWith("ok:") ? { encoded: output.slice(3) } : { error: output.slice(6) };
    };
    const result = runCases(exercise, produce, expectations, job.scope);
    const tampered = harness.tampered();
    if (tampered)
      return zeroResult(
        job,
        exercise,
        "tampering",
        `changed the built-in ${tampered}; graded exercises must leave built-ins alone`,
      );
    const outcome: Outcome = result.problem ? "not implemented" : result.passed ? "passed" : "failed";
    return {
      student: job.student,
      exerciseId: job.exerciseId,
      points: result.points,
      maxPoints: exercise.points,
      outcome,
      feedback: formatFeedback(result),
      result,
    };
  } catch (error) {
    if (error instanceof TimeLimit)
      return zeroResult(job, exercise, "time limit", `did not finish within ${job.timeLimitMs} ms (an infinite loop?)`);
    throw error;
  }
}
