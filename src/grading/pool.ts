import { spawn } from "node:child_process";
import { join } from "node:path";
import { exercise as findExercise } from "../exercises/registry";
import { zeroResult, type GradingJob, type JobResult, type Outcome } from "./job";
import { addressSpaceOf, childCommand, type Defence } from "./isolation";
import { childJobFor, judgeReply } from "./judge";
import { MAX_LINE_CHARS, parseReply, type ChildJob, type ChildReply } from "./protocol";
import { makePublicCore } from "./publicCore";

export interface PoolOptions {
  /** Child processes running at once (default: one per core). */
  readonly parallel: number;
  /** Memory a child may add once started (heap and off-heap), in MB. */
  readonly memoryMb: number;
  /** Project root (read by a child only when the "files" defence is switched off). */
  readonly projectRoot: string;
  /** The core's build to grade with (default: the dist/ this file is in). */
  readonly distDir?: string;
  /** Defences switched off: for the tests that prove each defence is needed, never for grading. */
  readonly weakened?: ReadonlySet<Defence>;
  /** A job is about to run in a child (a journal notes it, so a rerun knows what was in flight). */
  onStart?(job: GradingJob): void;
  /** A student's results, once their child has finished with them. */
  onResult?(result: JobResult): void;
}

/** Time a child gets beyond a job's own limit (realm set-up, replying) before it is killed. */
const GRACE_MS = 4000;
const STARTUP_MS = 15_000;
const STDERR_CHARS = 4000;
/**
 * Address space a child may add beyond the memory limit. A child's VmSize also grows with the
 * threads and malloc arenas it starts, which vary from child to child: without slack, an attack test
 * on Node 26 under load once ended 'memory limit' instead of the 'tampering' it was designed to
 * show. 256 MB keeps the 1.5 GB typed-array attack far over the cap.
 */
const ADDRESS_SPACE_SLACK_MB = 256;

interface Pending {
  readonly job: GradingJob;
  readonly childJob: ChildJob;
}

/** Why a child ended in the middle of a job, from its exit and what it wrote on stderr. */
function deathOutcome(stderr: string, code: number | null, signal: string | null, memoryMb: number): [Outcome, string] {
  if (/heap out of memory|Allocation failed|out of memory|Cannot allocate/i.test(stderr))
    return ["memory limit", `ran out of memory (limit ${memoryMb} MB)`];
  const last = stderr.trim().split("\n").at(-1)?.slice(0, 300) ?? "";
  return ["crashed", `the grading process died (exit code ${code}, signal ${signal})${last ? `: ${last}` : ""}`];
}

interface Child {
  readonly distDir: string;
  readonly options: PoolOptions;
  /** Address space a child may use: what a ready child has, plus the memory limit. */
  readonly addressSpace?: number;
}

/**
 * Runs `queue` in one fresh child, in order, until the child is done or a job ends it. Returns the
 * results and how many jobs of the queue they cover. A job that kills, overruns or tampers with its
 * child scores 0 with the reason; the caller starts a fresh child for the rest.
 */
function runInChild(
  queue: readonly Pending[],
  { distDir, options, addressSpace }: Child,
  probe = false,
): Promise<{ results: JobResult[]; covered: number }> {
  const weakened = options.weakened ?? new Set<Defence>();
  const { command, args, env } = childCommand(join(distDir, "grading", "worker.js"), {
    distDir,
    projectRoot: options.projectRoot,
    memoryMb: options.memoryMb,
    weakened,
    addressSpace,
  });
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { env, stdio: ["pipe", "pipe", "pipe"] });
    const results: JobResult[] = [];
    let index = -1;
    let stderr = "";
    let line = "";
    let timer: NodeJS.Timeout | undefined;
    let over = false;
    const finish = (covered = results.length) => {
      if (over) return;
      over = true;
      clearTimeout(timer);
      child.removeAllListeners();
      child.stdout.removeAllListeners();
      child.kill("SIGKILL");
      resolveRun({ results, covered });
    };
    /** The job in flight scores 0 for `outcome`; with no job in flight, the last one run is charged. */
    const fault = (outcome: Outcome, message: string) => {
      if (over) return;
      if (queue.length === 0) return finish(-1); // the probe: no job to charge, no measurement
      const charged = index >= 0 && index < queue.length ? index : results.length - 1;
      const { job } = queue[Math.max(charged, 0)];
      results.splice(Math.max(charged, 0));
      results.push(zeroResult(job, findExercise(job.exerciseId), outcome, message));
      finish();
    };
    const sendNext = () => {
      index += 1;
      clearTimeout(timer);
      if (index >= queue.length) return finish();
      const { job, childJob } = queue[index];
      options.onStart?.(job);
      timer = setTimeout(
        () => fault("time limit", `did not finish within ${job.timeLimitMs} ms; the process was killed`),
        job.timeLimitMs + GRACE_MS,
      );
      child.stdin.write(`${JSON.stringify(childJob)}\n`);
    };
    const onLine = (text: string) => {
      if (index === -1) {
        if (text !== '{"ready":true}') return fault("tampering", "the grading process did not start as expected");
        if (probe) return finish(addressSpaceOf(child.pid as number) ?? -1);
        return sendNext();
      }
      const { job, childJob } = queue[index] ?? queue[queue.length - 1];
      if (index >= queue.length) return fault("tampering", "the grading process sent a message after its last job");
      const reply = weakened.has("validation")
        ? (JSON.parse(text) as ChildReply)
        : parseReply(text, childJob.job, childJob.cases.length);
      if (typeof reply === "string") return fault("tampering", reply);
      results.push(judgeReply(job, reply, weakened.has("modules")));
      sendNext();
    };
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      line += chunk;
      if (line.length > MAX_LINE_CHARS) return fault("tampering", "the grading process sent an oversized message");
      for (let end = line.indexOf("\n"); end >= 0 && !over; end = line.indexOf("\n")) {
        const text = line.slice(0, end);
        line = line.slice(end + 1);
        onLine(text);
      }
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-STDERR_CHARS)));
    child.stdin.on("error", () => undefined); // a dead child's stdin; its exit says why
    child.on("error", (error) => fault("crashed", `the grading process could not start: ${error.message}`));
    child.on("exit", (code, signal) => {
      // Wait for stderr to drain so an out-of-memory report is seen.
      setTimeout(() => fault(...deathOutcome(stderr, code, signal, options.memoryMb)), 50);
    });
    timer = setTimeout(() => fault("crashed", "the grading process did not start"), STARTUP_MS);
  });
}

/**
 * One student's jobs, in one child while it lasts: a job that ends its child costs that job only,
 * and a fresh child takes the rest. The results are handed on when the student is done.
 */
async function runStudent(jobs: readonly GradingJob[], child: Child, numbers: () => number): Promise<JobResult[]> {
  const results: JobResult[] = [];
  let pending: Pending[] = [];
  for (const job of jobs) {
    const prepared = childJobFor(job, numbers());
    if ("code" in prepared) pending.push({ job, childJob: prepared });
    else results.push(prepared);
  }
  while (pending.length > 0) {
    const run = await runInChild(pending, child);
    results.push(...run.results);
    pending = pending.slice(Math.max(run.covered, 1));
  }
  for (const result of results) child.options.onResult?.(result);
  return results;
}

/** Grades every job, one child per student at a time, `parallel` students at once. */
export async function gradeJobs(jobs: readonly GradingJob[], options: PoolOptions): Promise<JobResult[]> {
  const byStudent = new Map<string, GradingJob[]>();
  for (const job of jobs) byStudent.set(job.student, [...(byStudent.get(job.student) ?? []), job]);
  const students = [...byStudent.keys()];
  const core = makePublicCore(options.distDir ?? join(__dirname, ".."));
  let counter = 0;
  // One child started and measured once ready: every child's address space is capped at that plus
  // the memory limit (where /proc is missing, only the V8 heap is limited; the README says so).
  const ready = (await runInChild([], { distDir: core.distDir, options }, true)).covered;
  const addressSpace = ready > 0 ? ready + (options.memoryMb + ADDRESS_SPACE_SLACK_MB) * 1024 * 1024 : undefined;
  const child: Child = { distDir: core.distDir, options, addressSpace };
  const results: JobResult[] = [];
  const slot = async () => {
    for (let student = students.shift(); student !== undefined; student = students.shift()) {
      results.push(...(await runStudent(byStudent.get(student) ?? [], child, () => (counter += 1))));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.parallel) }, slot));
  } finally {
    core.remove();
  }
  return results;
}
