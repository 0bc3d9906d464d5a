import { answerTypeProblem, casesOf, runCases } from "../exercises/evaluate";
import { checkedOnlyAtGrading, expectationsFor } from "../exercises/expected";
import { formatFeedback } from "../exercises/feedback";
import { callsWithCaseArgs, kinds } from "../exercises/kinds";
import { forbiddenCallMessage, forbiddenUseMessages, forbiddenUses } from "../exercises/forbidden";
import { exercise as findExercise } from "../exercises/registry";
import type { CheckResult, Exercise, Expectation, Scope } from "../exercises/types";
import { capFeedback, zeroResult, type GradingJob, type JobResult, type Outcome } from "./job";
import { caseLiteral, type ChildJob, type ChildReply } from "./protocol";
import { runJob } from "./runner";
import { transpileLearnerCode } from "./transpile";

// The parent's side of grading: what a child is sent for a job, and the outcome of what it answered.
// Expected values live here only.

const expectationCache = new Map<string, readonly Expectation[]>();

/** Expectations are the same for every student: computed once per exercise and scope. */
function expectations(exercise: Exercise, scope: Scope): readonly Expectation[] {
  const key = `${exercise.id}:${scope}`;
  let cached = expectationCache.get(key);
  if (cached === undefined) {
    cached = expectationsFor(exercise, scope);
    expectationCache.set(key, cached);
  }
  return cached;
}

/** Longest learner source compiled for one job: more is a compile error, not work for the grader. */
const MAX_SOURCE_CHARS = 200_000;

/** What a child gets for `job` (code and case inputs, nothing else), or the job's result if none is needed. */
export function childJobFor(job: GradingJob, number: number): ChildJob | JobResult {
  const exercise = findExercise(job.exerciseId);
  if (job.source === undefined)
    return job.malformed
      ? zeroResult(job, exercise, "malformed notebook", job.missing ?? "the notebook could not be read")
      : { ...zeroResult(job, exercise, "missing", job.missing ?? "no code calls check() for it"), notSubmitted: true };
  if (job.source.length > MAX_SOURCE_CHARS)
    return zeroResult(job, exercise, "compile error", `the code is longer than ${MAX_SOURCE_CHARS} characters`);
  const compiled = transpileLearnerCode(job.source);
  if ("error" in compiled) return zeroResult(job, exercise, "compile error", `does not compile: ${compiled.error}`);
  // Decided here, from the source, never from anything the child reports. A forbidden export named
  // in the text costs the exercise at once; a dynamic way into the module (judgeReply) only once
  // the answer has run, so what the realm saw (an escape attempt, process.exit) is still reported.
  const forbidden = forbiddenUses(exercise, job.source).names;
  if (forbidden.length > 0)
    return zeroResult(job, exercise, "forbidden call", forbidden.map(forbiddenCallMessage).join("; "));
  return {
    job: number,
    exerciseId: exercise.id,
    code: compiled.code,
    cases: casesOf(exercise, job.scope).map(({ args }) => caseLiteral(args)),
    callsWithArgs: callsWithCaseArgs(exercise.kind),
    timeLimitMs: job.timeLimitMs,
  };
}

/** What an error text from learner code says about the fault, where it names one. */
function faultIn(text: string): Outcome | undefined {
  if (/Array buffer allocation failed|Invalid (typed )?array length|out of memory/i.test(text)) return "memory limit";
  if (/ERR_ACCESS_DENIED|Code generation from strings disallowed/.test(text)) return "escape attempt";
  return undefined;
}

/**
 * For numeric and choice answers the expected value IS the solution: feedback shows the answer given
 * but never the expected one (a student could copy it into next year's class).
 */
function withoutSecretExpectations(exercise: Exercise, result: CheckResult): CheckResult {
  if (kinds[exercise.kind].digest === undefined) return result;
  return { ...result, cases: result.cases.map((c) => ({ ...c, expected: undefined })) };
}

/**
 * The outcome of a job from the child's reply: every judgement is made here, from raw outputs. An
 * answer that earned points but reaches actlab dynamically (see forbiddenUses) earns none; the
 * tests switch that off (`modulesWeakened`) to prove their attacks would otherwise pass.
 */
export function judgeReply(job: GradingJob, reply: ChildReply, modulesWeakened = false): JobResult {
  const judged = judgeOutputs(job, reply);
  if (judged.points === 0 || modulesWeakened || job.source === undefined) return judged;
  const exercise = findExercise(job.exerciseId);
  const messages = forbiddenUseMessages(exercise, job.source);
  return messages.length > 0 ? zeroResult(job, exercise, "forbidden call", messages.join("; ")) : judged;
}

function judgeOutputs(job: GradingJob, reply: ChildReply): JobResult {
  const exercise = findExercise(job.exerciseId);
  const zero = (outcome: Outcome, message: string) => zeroResult(job, exercise, outcome, message);
  const id = JSON.stringify(job.exerciseId);
  if (reply.timedOut) return zero("time limit", `did not finish within ${job.timeLimitMs} ms (an infinite loop?)`);
  if (reply.events.includes("process.exit")) return zero("process.exit", reply.events);
  if (reply.events.includes("escape attempt")) return zero("escape attempt", reply.events);
  if (reply.events) return zero("forbidden module", reply.events);
  if (reply.rejected) return zero("unhandled rejection", "a promise was rejected and the rejection was never handled");
  const loadError = reply.loaded.startsWith("error:") ? reply.loaded.slice(6) : undefined;
  const loadFault = loadError === undefined ? undefined : faultIn(loadError);
  if (loadFault) return zero(loadFault, `the code failed: ${loadError}`);
  if (reply.answerType === "missing")
    return loadError === undefined
      ? zero("missing", `the code never calls check(${id}, …)`)
      : zero("crashed", `the code never calls check(${id}, …); the code threw first: ${loadError}`);
  const typeProblem = answerTypeProblem(exercise, reply.answerType);
  if (typeProblem) return zero("failed", typeProblem);
  if (reply.outputs.length !== casesOf(exercise, job.scope).length)
    return zero("tampering", "the grading process answered for the wrong number of cases");
  if (job.scope === "public" && checkedOnlyAtGrading(exercise))
    return {
      ...zero("recorded", "answer recorded; it is checked at grading (this edition holds nothing to compare it with)"),
      feedback: `• ${job.exerciseId} (${job.origin}): answer recorded; it is checked at grading`,
    };
  let index = 0;
  const graded = runCases(
    exercise,
    () => {
      const output = reply.outputs[index++];
      return output.startsWith("ok:") ? { encoded: output.slice(3) } : { error: output.slice(6) };
    },
    expectations(exercise, job.scope),
    job.scope,
  );
  if (reply.tampered)
    return zero("tampering", `changed the built-in ${reply.tampered}; graded exercises must leave built-ins alone`);
  const caseFault = graded.cases.map((c) => (c.error ? faultIn(c.error) : undefined)).find(Boolean);
  if (caseFault)
    return zero(caseFault, `the answer failed: ${graded.cases.find((c) => c.error && faultIn(c.error))?.error}`);
  const result = withoutSecretExpectations(exercise, graded);
  return {
    student: job.student,
    exerciseId: job.exerciseId,
    points: result.points,
    maxPoints: exercise.points,
    outcome: result.problem ? "not implemented" : result.passed ? "passed" : "failed",
    feedback: capFeedback(formatFeedback(result)),
    result,
  };
}

/**
 * Grades one job in this process, with no child: for a learner's own files (the student edition's
 * tests), never for a class. Same judgement as the pool's, same realm, no process isolation.
 */
export function gradeJobHere(job: GradingJob, distDir: string): JobResult {
  const prepared = childJobFor(job, 1);
  if (!("code" in prepared)) return prepared;
  return judgeReply(job, { job: 1, ...runJob(prepared, distDir), rejected: false });
}
