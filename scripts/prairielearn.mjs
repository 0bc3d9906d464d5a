#!/usr/bin/env node
// PrairieLearn's external-grader entry: grades <root>/student, writes <root>/results/results.json.
// <root> is /grade, or $PRAIRIELEARN_GRADE_ROOT (the tests' simulated tree).
// `node scripts/prairielearn.mjs [--exercises id,id]`: the question's exercises (default: those the
// submission attempts). classroom/prairielearn/ has a sample info.json and the image's Dockerfile.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gradeOneSubmission } from "./lib/grading.mjs";
import { prairielearnResults } from "./lib/platformResults.mjs";

const root = process.env.PRAIRIELEARN_GRADE_ROOT ?? "/grade";
const studentDir = join(root, "student");
const resultsFile = join(root, "results", "results.json");
const { values } = parseArgs({ options: { exercises: { type: "string" }, "time-limit": { type: "string" } } });

const write = (results) => {
  mkdirSync(join(root, "results"), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results)}\n`);
};

try {
  if (!existsSync(studentDir)) throw new Error(`no submission folder at ${studentDir}`);
  const { results, problems, sourceCount } = await gradeOneSubmission(studentDir, {
    exercises: values.exercises?.split(",").map((id) => id.trim()),
    timeLimitMs: values["time-limit"] === undefined ? undefined : Number(values["time-limit"]),
    parallel: availableParallelism(),
  });
  write(prairielearnResults(results, problems, { gradable: sourceCount > 0 }));
  console.log(`graded ${results.length} exercises → ${resultsFile}`);
} catch (error) {
  write({ gradable: false, score: 0, format_errors: [`the grader could not grade this submission: ${error.message}`] });
  console.error(error);
}
