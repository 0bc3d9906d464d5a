// The grader as the command-line entries use it (npm run grade, Gradescope's run_autograder, the
// PrairieLearn entry): the built core's grading modules, and the jobs of a set of submissions.
import { createRequire } from "node:module";
import { join } from "node:path";
import { projectRoot } from "./project.mjs";

const require = createRequire(import.meta.url);

/** A module of the built core (dist/), e.g. distModule("grading/pool.js"). */
export const distModule = (path) => require(join(projectRoot, "dist", path));
/** The file a module of dist/ resolves to, e.g. for a digest of the judge. */
export const distFile = (path) => require.resolve(join(projectRoot, "dist", path));

/** The exercises a set of submissions attempted, in the bank's order. */
export function attemptedExercises(submissions) {
  const { exerciseIds } = distModule("exercises/registry.js");
  return exerciseIds().filter((id) => submissions.some((s) => s.sources.has(id)));
}

/** Throws, naming the known ids, when an exercise id is not in the bank. */
export function assertKnownExercises(ids) {
  const { exerciseIds } = distModule("exercises/registry.js");
  const known = new Set(exerciseIds());
  for (const id of ids)
    if (!known.has(id)) throw new Error(`unknown exercise '${id}'; known: ${[...known].join(", ")}`);
}

/** One grading job per (submission, exercise): its source, or why there is none. */
export function gradingJobs(submissions, exerciseIds, timeLimitMs) {
  return submissions.flatMap((submission) =>
    exerciseIds.map((exerciseId) => {
      const found = submission.sources.get(exerciseId);
      const unreadable = submission.problems.find((problem) => problem.includes("none of its exercises"));
      return {
        student: submission.student,
        exerciseId,
        source: found?.source,
        origin: found?.origin ?? submission.student,
        missing: unreadable ?? `no cell or file calls check("${exerciseId}", …)`,
        malformed: unreadable !== undefined,
        scope: "all",
        timeLimitMs,
      };
    }),
  );
}

/**
 * Grades one learner's hand-in (a folder of notebooks and exercise .ts files, as a platform gives
 * it): the exercises listed, or those attempted when none are. Returns the results and the
 * submission's problems (unreadable notebooks, skipped files) and how many exercise sources it holds.
 */
export async function gradeOneSubmission(path, { exercises, timeLimitMs = 2000, memoryMb = 256, parallel = 2 }) {
  const { readSubmission } = distModule("grading/sources.js");
  const { gradeJobs } = distModule("grading/pool.js");
  const submission = readSubmission(path, "submission");
  const graded = exercises ?? attemptedExercises([submission]);
  assertKnownExercises(graded);
  const jobs = gradingJobs([submission], graded, timeLimitMs);
  const results = await gradeJobs(jobs, { parallel, memoryMb, projectRoot, weakened: new Set() });
  return { results, problems: submission.problems, sourceCount: submission.sources.size };
}
