#!/usr/bin/env node
// `npm run grade -- <submissions dir> [--out dir] [--time-limit ms] [--memory mb] [--parallel n]
// [--exercises id,id]`: grades a class. Each entry of the folder is one student: `<name>.ipynb` or a
// folder `<name>/` of notebooks and exercise .ts files. Submissions are only read, never written.
// Results are appended to <out>/journal.jsonl as each student finishes, so a rerun resumes.
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot, secondsSince } from "./lib/project.mjs";
import { progressBar } from "./lib/progressBar.mjs";
import { assertKnownExercises, attemptedExercises, distFile, distModule, gradingJobs } from "./lib/grading.mjs";

const dist = distModule;
const { exercise } = dist("exercises/registry.js");
const { readSubmission } = dist("grading/sources.js");
const { classEntries, feedbackFileName } = dist("grading/entries.js");
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

const { entries, skipped } = classEntries(submissionsDir);
for (const reason of skipped) console.error(`grade: ${reason}`);
const submissions = entries.map(({ path, student }) => readSubmission(path, student));
// By default the exercises someone attempted: a class assigned one notebook is not marked on the others.
const graded = values.exercises ? values.exercises.split(",").map((id) => id.trim()) : attemptedExercises(submissions);
assertKnownExercises(graded);
const jobs = gradingJobs(submissions, graded, Number(values["time-limit"]));

// The journal: one line per job started and per result, keyed by everything the result depends on.
mkdirSync(join(outDir, "feedback"), { recursive: true });
const journalFile = join(outDir, "journal.jsonl");
// A result is reused only for the same submission, limits, bank and judge: a changed reference
// answer or grading rule makes every key new.
const bankDir = join(projectRoot, "dist", "exercises", "bank");
const graderDigest = createHash("sha256");
for (const file of [
  ...readdirSync(bankDir)
    .sort()
    .map((name) => join(bankDir, name)),
  distFile("grading/judge.js"),
])
  graderDigest.update(readFileSync(file));
const graderVersion = graderDigest.digest("hex");
const keyOf = (job) =>
  createHash("sha256")
    .update(
      JSON.stringify([
        graderVersion,
        job.student,
        job.exerciseId,
        job.source,
        job.origin,
        job.timeLimitMs,
        values.memory,
      ]),
    )
    .digest("hex");
const done = new Map();
const started = new Map(); // key → "solo" if it was started while running alone, else "shared"
if (existsSync(journalFile)) {
  for (const line of readFileSync(journalFile, "utf8").split("\n").filter(Boolean)) {
    const entry = JSON.parse(line);
    if (entry.result) done.set(entry.key, entry.result);
    else if (started.get(entry.started) !== "solo") started.set(entry.started, entry.solo ? "solo" : "shared");
  }
}
const keys = new Map(jobs.map((job) => [`${job.student}\0${job.exerciseId}`, keyOf(job)]));
const record = (entry) => appendFileSync(journalFile, `${JSON.stringify(entry)}\n`);
// Jobs in flight when an earlier run stopped are suspects: they run first, one at a time. A job in
// flight when such a lone run stopped is what stopped it: it is not run again.
const unfinished = (job) => started.has(keyOf(job)) && !done.has(keyOf(job));
const culprit = (job) => unfinished(job) && started.get(keyOf(job)) === "solo";
const resumed = jobs.filter((job) => done.has(keyOf(job))).map((job) => done.get(keyOf(job)));
const stopped = jobs.filter(culprit).map((job) => ({
  student: job.student,
  exerciseId: job.exerciseId,
  points: 0,
  maxPoints: exercise(job.exerciseId).points,
  outcome: "crashed",
  feedback: `✗ ${job.exerciseId} (${job.origin}): the grading run stopped while this exercise ran alone; it was not run again (0/${exercise(job.exerciseId).points} points)`,
}));
for (const result of stopped) record({ key: keys.get(`${result.student}\0${result.exerciseId}`), result });
const suspects = jobs.filter((job) => unfinished(job) && !culprit(job));
const todo = jobs.filter((job) => !done.has(keyOf(job)) && !started.has(keyOf(job)));
if (resumed.length) console.error(`grade: ${resumed.length} results taken from ${journalFile}`);

const weakened = new Set((process.env.ACTLAB_GRADER_WEAKEN_FOR_TESTS ?? "").split(",").filter(Boolean));
const bar = progressBar(jobs.length, "grading");
for (let i = 0; i < resumed.length + stopped.length; i++) bar.tick();
const gradeOptions = (solo) => ({
  parallel: solo ? 1 : Number(values.parallel),
  memoryMb: Number(values.memory),
  projectRoot,
  weakened,
  onStart: (job) => record({ started: keyOf(job), solo }),
  onResult: (result) => {
    record({ key: keys.get(`${result.student}\0${result.exerciseId}`), result });
    bar.tick();
  },
});
const results = [...resumed, ...stopped];
// Each suspect alone in its own child, so the one in flight if this run stops is known.
for (const job of suspects) results.push(...(await gradeJobs([job], gradeOptions(true))));
results.push(...(await gradeJobs(todo, gradeOptions(false))));
bar.done();

writeFileSync(join(outDir, "grades.csv"), gradesCsv(results));
writeFileSync(join(outDir, "statistics.csv"), statisticsCsv(results));
for (const submission of submissions) {
  writeFileSync(
    join(outDir, "feedback", feedbackFileName(submission.student)),
    feedbackText(submission.student, results, submission.problems),
  );
}
console.log(
  `graded ${submissions.length} students × ${graded.length} exercises in ${secondsSince(start)} s → ${outDir} (grades.csv, statistics.csv, feedback/)`,
);
