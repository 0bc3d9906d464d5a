/**
 * The grading child process: grades the jobs its parent sends, one at a time, each in a fresh realm,
 * and answers each with its result. Started by `pool.ts` with a heap limit and Node's permission model.
 */
import { join } from "node:path";
import { gradeJob, type GradingJob } from "./sandbox";
import { transpileLearnerCode } from "./transpile";

const distDir = join(__dirname, "..");

// Load TypeScript before the first job, so its start-up does not count against that job's time limit.
// (mathjs, 1.5 s to load, is loaded by formula exercises only, while their expectations are computed,
// before the learner's clock starts.)
transpileLearnerCode("export {};");

process.on("message", (job: GradingJob) => {
  process.send?.({ result: gradeJob(job, distDir) });
});
process.send?.({ ready: true });
