#!/usr/bin/env node
// `npm run grade -- <submissions dir> [--out dir] [--time-limit ms] [--memory mb] [--parallel n]
// [--exercises id,id]`: grades a class. Each entry of the folder is one student: `<name>.ipynb` or a
// folder `<name>/` of notebooks and exercise .ts files. Submissions are only read, never written.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot, secondsSince } from "./lib/project.mjs";
import { progressBar } from "./lib/progressBar.mjs";

const require = (await import("node:module")).createRequire(import.meta.url);
const dist = (path) => require(join(projectRoot, "dist", path));
const { exerciseIds } = dist("exercises/registry.js");
const { readSubmission } = dist("grading/sources.js");
const { gradeJobs } = dist("grading/pool.js");
const { feedbackText, gradesCsv, statisticsCsv } = dist("grading/report.js");

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string" },
    "time-limit": { type: "string", default: "2000" },
    memory: { type: "string", default: "256" },
    parallel: { type: "string", default: String(availableParallelism()) },
    exercises: { type: "string" },
  },
});
if (positionals.length !== 1 || !existsSync(positionals[0])) {
  console.error(
    "usage: npm run grade -- <submissions dir> [--out dir] [--time-limit ms] [--memory mb] [--parallel n] [--exercises id,id]",
  );
  process.exit(2);
}
const submissionsDir = resolve(positionals[0]);
const outDir = resolve(values.out ?? join(dirname(submissionsDir), "grades"));
const start = performance.now();

const entries = readdirSync(submissionsDir)
  .filter((name) => !name.startsWith("."))
  .map((name) => join(submissionsDir, name))
  .filter((path) => path.endsWith(".ipynb") || !basename(path).includes("."));
const submissions = entries.map(readSubmission);
const known = new Set(exerciseIds());
// By default the exercises someone attempted: a class assigned one notebook is not marked on the others.
const graded = values.exercises
  ? values.exercises.split(",").map((id) => id.trim())
  : exerciseIds().filter((id) => submissions.some((s) => s.sources.has(id)));
for (const id of graded)
  if (!known.has(id)) throw new Error(`unknown exercise '${id}'; known: ${[...known].join(", ")}`);

const jobs = submissions.flatMap((submission) =>
  graded.map((exerciseId) => {
    const found = submission.sources.get(exerciseId);
    const unreadable = submission.problems.find((problem) => problem.includes("none of its exercises"));
    return {
      student: submission.student,
      exerciseId,
      source: found?.source,
      origin: found?.origin ?? submission.student,
      missing: unreadable ?? `no cell or file calls check("${exerciseId}", …) (a deleted cell?)`,
      malformed: unreadable !== undefined,
      scope: "all",
      timeLimitMs: Number(values["time-limit"]),
    };
  }),
);

const bar = progressBar(jobs.length, "grading");
const results = await gradeJobs(jobs, {
  parallel: Number(values.parallel),
  memoryMb: Number(values.memory),
  projectRoot,
  onResult: () => bar.tick(),
});
bar.done();

mkdirSync(join(outDir, "feedback"), { recursive: true });
writeFileSync(join(outDir, "grades.csv"), gradesCsv(results));
writeFileSync(join(outDir, "statistics.csv"), statisticsCsv(results));
for (const submission of submissions) {
  writeFileSync(
    join(outDir, "feedback", `${submission.student}.txt`),
    feedbackText(submission.student, results, submission.problems),
  );
}
console.log(
  `graded ${submissions.length} students × ${graded.length} exercises in ${secondsSince(start)} s → ${outDir} (grades.csv, statistics.csv, feedback/)`,
);
