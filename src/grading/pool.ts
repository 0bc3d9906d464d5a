import { fork, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { exercise as findExercise } from "../exercises/registry";
import { permissionFlags } from "./permission";
import { zeroResult, type GradingJob, type JobResult, type Outcome } from "./sandbox";

export interface PoolOptions {
  /** Child processes running at once (default: one per core). */
  readonly parallel: number;
  /** Heap limit of each child, in MB. */
  readonly memoryMb: number;
  /** Project root: the only folder a child may read (Node's permission model). */
  readonly projectRoot: string;
  onResult?(result: JobResult): void;
}

const workerFile = join(__dirname, "worker.js");
/** Time a child gets beyond a job's own limit (realm set-up, feedback) before it is killed. */
const GRACE_MS = 4000;
const STARTUP_MS = 15_000;

function startChild(options: PoolOptions): ChildProcess {
  return fork(workerFile, [], {
    execArgv: [
      `--max-old-space-size=${options.memoryMb}`,
      ...permissionFlags(process.version, [options.projectRoot]),
      "--no-warnings",
    ],
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
}

/** Why a child ended in the middle of a job, from its exit and what it wrote on stderr. */
function deathOutcome(stderr: string, code: number | null, signal: string | null, memoryMb: number): [Outcome, string] {
  if (/heap out of memory|Allocation failed/i.test(stderr))
    return ["memory limit", `ran out of memory (limit ${memoryMb} MB)`];
  return [
    "crashed",
    `the grading process died (exit code ${code}, signal ${signal}): ${stderr.trim().split("\n").slice(-1)[0] ?? ""}`,
  ];
}

/**
 * Runs one student's jobs in one child, in order. If the child dies or overruns a job's limit, that
 * job scores 0 with the reason, and a fresh child takes the rest: one bad answer costs one exercise.
 */
async function runStudent(jobs: readonly GradingJob[], options: PoolOptions): Promise<JobResult[]> {
  const results: JobResult[] = [];
  const emit = (result: JobResult) => {
    results.push(result);
    options.onResult?.(result);
  };
  let pending = jobs.filter((job) => {
    if (job.source !== undefined) return true;
    const outcome = job.malformed ? "malformed notebook" : "missing";
    emit(zeroResult(job, findExercise(job.exerciseId), outcome, job.missing ?? "no code calls check() for it"));
    return false;
  });
  while (pending.length > 0) {
    const queue = pending;
    const done = await new Promise<number>((resolveDone) => {
      const child = startChild(options);
      let stderr = "";
      let index = -1;
      let timer: NodeJS.Timeout | undefined;
      const finish = (count: number) => {
        clearTimeout(timer);
        child.removeAllListeners();
        child.kill("SIGKILL");
        resolveDone(count);
      };
      const failCurrent = (outcome: Outcome, message: string) => {
        const job = queue[Math.max(index, 0)];
        emit(zeroResult(job, findExercise(job.exerciseId), outcome, message));
        finish(Math.max(index, 0) + 1);
      };
      const sendNext = () => {
        index += 1;
        if (index >= queue.length) return finish(queue.length);
        clearTimeout(timer);
        const job = queue[index];
        timer = setTimeout(
          () => failCurrent("time limit", `did not finish within ${job.timeLimitMs} ms; the process was killed`),
          job.timeLimitMs + GRACE_MS,
        );
        child.send(job);
      };
      child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
      child.on("message", (message: { ready?: boolean; result?: JobResult }) => {
        if (message.result) emit(message.result);
        sendNext();
      });
      child.on("exit", (code, signal) => {
        // Wait for stderr to drain so an out-of-memory report is seen.
        setTimeout(() => failCurrent(...deathOutcome(stderr, code, signal, options.memoryMb)), 50);
      });
      timer = setTimeout(() => failCurrent("crashed", "the grading process did not start"), STARTUP_MS);
    });
    pending = queue.slice(done);
  }
  return results;
}

/** Grades every job, one child per student at a time, `parallel` students at once. */
export async function gradeJobs(jobs: readonly GradingJob[], options: PoolOptions): Promise<JobResult[]> {
  const byStudent = new Map<string, GradingJob[]>();
  for (const job of jobs) byStudent.set(job.student, [...(byStudent.get(job.student) ?? []), job]);
  const students = [...byStudent.keys()];
  const results: JobResult[] = [];
  const slot = async () => {
    for (let student = students.shift(); student !== undefined; student = students.shift()) {
      results.push(...(await runStudent(byStudent.get(student) ?? [], options)));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallel) }, slot));
  return results;
}
