/**
 * The grading child. It holds no secrets: it gets a learner's compiled code, the exercise id and the
 * inputs of its cases, runs the code in a fresh realm per job, and answers with the raw outputs as
 * encoded strings. The parent (`pool.ts`, `judge.ts`) holds the expectations and decides every
 * outcome. Jobs come as JSON lines on stdin, replies go as JSON lines on stdout; nothing else is
 * trusted by the parent, which also checks each reply's job, shape and size (`protocol.ts`).
 */
import { join } from "node:path";
import type { ChildJob } from "./protocol";
import { runJob } from "./runner";

const distDir = join(__dirname, "..");
const weakened = process.argv.includes("--weakened-realm");

// A promise the learner rejects and never handles is reported by Node after the job's code has run;
// the reply waits one turn of the event loop (below) so the rejection is charged to its own job.
let rejected = false;
process.on("unhandledRejection", () => {
  rejected = true;
});

let buffered = "";
const queue: ChildJob[] = [];
let busy = false;

function next(): void {
  const job = queue.shift();
  if (job === undefined) return void (busy = false);
  busy = true;
  rejected = false;
  const reply = runJob(job, distDir, weakened);
  setImmediate(() => {
    process.stdout.write(`${JSON.stringify({ job: job.job, ...reply, rejected })}\n`, () => next());
  });
}

process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk: string) => {
  buffered += chunk;
  for (let end = buffered.indexOf("\n"); end >= 0; end = buffered.indexOf("\n")) {
    queue.push(JSON.parse(buffered.slice(0, end)) as ChildJob);
    buffered = buffered.slice(end + 1);
  }
  if (!busy) next();
});
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
