#!/usr/bin/env node
// Gradescope's grading step (run_autograder calls it): grades <root>/submission, writes
// <root>/results/results.json. <root> is /autograder, or $AUTOGRADER_ROOT (the tests' simulated tree).
// The exercises graded are <root>/source/autograder.json's "exercises" (npm run autograder writes it).
// Whatever goes wrong, a results.json that says what is written: Gradescope shows nothing else.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { gradeOneSubmission } from "../lib/grading.mjs";
import { gradescopeResults } from "../lib/platformResults.mjs";

const root = process.env.AUTOGRADER_ROOT ?? "/autograder";
const submissionDir = join(root, "submission");
const resultsFile = join(root, "results", "results.json");
const configFile = join(root, "source", "autograder.json");
const start = performance.now();

const write = (results) => {
  mkdirSync(join(root, "results"), { recursive: true });
  const executionTime = Math.round((performance.now() - start) / 1000);
  writeFileSync(resultsFile, `${JSON.stringify({ ...results, execution_time: executionTime }, null, 2)}\n`);
};

try {
  const config = existsSync(configFile) ? JSON.parse(readFileSync(configFile, "utf8")) : {};
  if (!existsSync(submissionDir)) throw new Error(`no submission folder at ${submissionDir}`);
  const { results, problems } = await gradeOneSubmission(submissionDir, {
    exercises: config.exercises,
    timeLimitMs: config.timeLimitMs,
    parallel: availableParallelism(),
  });
  write(gradescopeResults(results, problems));
  console.log(`graded ${results.length} exercises → ${resultsFile}`);
} catch (error) {
  // The autograder's own fault, not the learner's: 0 points and the reason, for the instructor.
  write({ score: 0, output: `The autograder could not grade this submission: ${error.message}`, tests: [] });
  console.error(error);
}
