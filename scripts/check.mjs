#!/usr/bin/env node
// `npm run check [-- <id>…]`: checks the file-based exercises in exercises/ (all, or the ids given)
// on their public cases, with the same feedback as `check()` in a notebook, and remembers the results
// for `npm run progress`. Each file runs in the grader's sandbox, so an infinite loop costs 2 s.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { projectRoot } from "./lib/project.mjs";

const require = createRequire(import.meta.url);
const dist = (path) => require(join(projectRoot, "dist", path));
const { exercise, exerciseIds } = dist("exercises/registry.js");
const { gradeJobs } = dist("grading/pool.js");
const { recordProgress } = dist("exercises/progress.js");

const exercisesDir = join(projectRoot, "exercises");
const requested = process.argv.slice(2);
try {
  for (const id of requested) exercise(id);
} catch (error) {
  console.error(error.message); // an unknown id, with the closest known one suggested
  process.exit(2);
}
const ids = requested.length ? requested : exerciseIds().filter((id) => existsSync(join(exercisesDir, `${id}.ts`)));

const jobs = ids.map((id) => {
  const file = join(exercisesDir, `${id}.ts`);
  return {
    student: "you",
    exerciseId: id,
    source: existsSync(file) ? readFileSync(file, "utf8") : undefined,
    origin: `exercises/${id}.ts`,
    missing: `there is no file exercises/${id}.ts`,
    scope: "public",
    timeLimitMs: 2000,
  };
});
const results = await gradeJobs(jobs, { parallel: 1, memoryMb: 256, projectRoot });
const order = new Map(ids.map((id, index) => [id, index]));
results.sort((a, b) => order.get(a.exerciseId) - order.get(b.exerciseId));
for (const result of results) {
  console.log(`${result.feedback}\n`);
  recordProgress(
    result.result ?? {
      id: result.exerciseId,
      scope: "public",
      passed: false,
      points: 0,
      maxPoints: result.maxPoints,
    },
  );
}
const passed = results.filter((result) => result.outcome === "passed").length;
console.log(
  `${passed}/${results.length} exercises pass their public checks (hidden checks run at grading); npm run progress shows what is left`,
);
process.exit(passed === results.length ? 0 : 1);
