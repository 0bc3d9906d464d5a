// Grader results in the shapes Gradescope and PrairieLearn read (classroom/schemas/ holds each as a
// JSON Schema, citing the platform's page). Pure functions over the pool's JobResults.
import { distModule } from "./grading.mjs";

const round2 = (x) => Math.round(x * 100) / 100;

/**
 * An exercise's points split by its public and hidden cases, as the grader counts them (each case
 * weighs the same). A result with no cases (a crash, a missing cell) scores 0 in both parts.
 */
export function visibilitySplit(result) {
  const { exercise } = distModule("exercises/registry.js");
  const { casesOf } = distModule("exercises/evaluate.js");
  const all = result.result?.cases ?? casesOf(exercise(result.exerciseId), "all");
  const publicCount = all.filter((c) => !c.hidden).length;
  const publicMax = round2((result.maxPoints * publicCount) / Math.max(all.length, 1));
  const cases = result.result?.cases ?? [];
  const publicPassed = cases.filter((c) => !c.hidden && c.passed).length;
  // A check stopped by a problem (a forbidden call, not implemented) scores 0 whatever its cases say.
  const publicScore = result.points === 0 ? 0 : round2((result.maxPoints * publicPassed) / Math.max(all.length, 1));
  return {
    publicCount,
    hiddenCount: all.length - publicCount,
    publicMax,
    publicScore: Math.min(publicScore, result.points),
    hiddenMax: round2(result.maxPoints - publicMax),
    hiddenScore: round2(result.points - Math.min(publicScore, result.points)),
  };
}

/** The feedback of the public cases alone: what a learner may see before the due date. */
function publicFeedback(result, score, max) {
  if (!result.result) return result.feedback;
  const { formatFeedback } = distModule("exercises/feedback.js");
  const cases = result.result.cases.filter((c) => !c.hidden);
  const passed = cases.every((c) => c.passed);
  return formatFeedback({
    ...result.result,
    scope: "public",
    cases,
    passed: passed && !result.result.problem,
    points: score,
    maxPoints: max,
    // Hints are drawn from every case: shown here only when a public case already fails.
    hints: passed ? [] : result.result.hints,
  });
}

const status = (score, max) => (score >= max ? "passed" : "failed");

/**
 * Gradescope's results.json: per exercise a visible test of its public cases and, when it has
 * hidden cases, an after_due_date test of those, whose output is npm run grade's feedback (hidden
 * cases' inputs and pass marks, never their expected values). The overall score is the grader's.
 */
export function gradescopeResults(results, problems) {
  const tests = results.flatMap((result) => {
    const split = visibilitySplit(result);
    const visible = {
      name: `${result.exerciseId}: public cases`,
      score: split.publicScore,
      max_score: split.publicMax,
      status: status(split.publicScore, split.publicMax),
      output: publicFeedback(result, split.publicScore, split.publicMax),
      visibility: "visible",
    };
    if (split.hiddenCount === 0) return [visible];
    return [
      visible,
      {
        name: `${result.exerciseId}: hidden cases`,
        score: split.hiddenScore,
        max_score: split.hiddenMax,
        status: status(split.hiddenScore, split.hiddenMax),
        output: result.feedback,
        visibility: "after_due_date",
      },
    ];
  });
  const score = round2(results.reduce((sum, r) => sum + r.points, 0));
  const max = round2(results.reduce((sum, r) => sum + r.maxPoints, 0));
  return {
    score,
    output: [
      `${score}/${max} points over ${results.length} exercises; hidden cases are shown after the due date.`,
      ...problems.map((problem) => `! ${problem}`),
    ].join("\n"),
    visibility: "visible",
    tests,
  };
}

/** PrairieLearn's limit on results.json (its external grading page): 1 MB. */
export const PRAIRIELEARN_MAX_BYTES = 1_000_000;

/**
 * PrairieLearn's results.json: one test per exercise (PrairieLearn shows every test at once, so
 * each message is npm run grade's feedback, which never shows a hidden case's expected value),
 * score in [0, 1]. A submission with no exercise code at all is not gradable: format_errors say why.
 */
export function prairielearnResults(results, problems, { gradable }) {
  if (!gradable)
    return { gradable: false, score: 0, format_errors: problems.length ? problems : ["nothing could be graded"] };
  const points = results.reduce((sum, r) => sum + r.points, 0);
  const max = results.reduce((sum, r) => sum + r.maxPoints, 0);
  const tests = results.map((r) => ({
    name: r.exerciseId,
    points: r.points,
    max_points: r.maxPoints,
    message: r.feedback,
  }));
  const out = {
    gradable: true,
    score: max > 0 ? Math.min(1, Math.max(0, points / max)) : 0,
    message: [`${round2(points)}/${max} points`, ...problems.map((p) => `! ${p}`)].join("\n"),
    tests,
  };
  // Each message is capped by the grader already; this keeps a whole course far from the limit too.
  const size = Buffer.byteLength(JSON.stringify(out));
  if (size <= PRAIRIELEARN_MAX_BYTES) return out;
  const room = Math.floor((PRAIRIELEARN_MAX_BYTES * 0.8) / Math.max(tests.length, 1));
  return { ...out, tests: tests.map((t) => ({ ...t, message: t.message.slice(0, room) })) };
}
