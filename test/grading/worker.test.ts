import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import type { ChildJob } from "../../src/grading/protocol";
import { transpileLearnerCode } from "../../src/grading/transpile";

/** The grading child as the pool runs it (without the OS limits): JSON lines in, JSON lines out. Needs dist/. */
const worker = join(__dirname, "..", "..", "dist", "grading", "worker.js");
const childJob = (job: number, source: string): ChildJob => {
  const compiled = transpileLearnerCode(`import { check, sigmoid } from "actlab";\n${source}`);
  if (!("code" in compiled)) throw new Error(compiled.error);
  return { job, exerciseId: "e", code: compiled.code, cases: ["[0]"], callsWithArgs: true, timeLimitMs: 2000 };
};

/** Starts the worker, sends `jobs` at once, and collects `count` lines. */
function talk(jobs: readonly ChildJob[], count: number): Promise<Record<string, unknown>[]> {
  const child = spawn(process.execPath, [worker], { stdio: ["pipe", "pipe", "inherit"] });
  const lines: Record<string, unknown>[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the worker sent only ${lines.length} of ${count} lines`));
    }, 10_000);
    createInterface({ input: child.stdout }).on("line", (line) => {
      lines.push(JSON.parse(line) as Record<string, unknown>);
      if (lines.length < count) return;
      clearTimeout(timer);
      child.kill();
      resolve(lines);
    });
    child.stdin.write(jobs.map((job) => `${JSON.stringify(job)}\n`).join(""));
  });
}

describe("the grading child", () => {
  it("says it is ready, then answers jobs in order, each with its own number", async () => {
    const [ready, first, second] = await talk(
      [childJob(7, 'check("e", sigmoid);'), childJob(8, 'check("e", () => { throw new Error("no"); });')],
      3,
    );
    expect(ready).toEqual({ ready: true });
    expect(first).toMatchObject({ job: 7, loaded: "ok", answerType: "function", rejected: false });
    expect((first.outputs as string[])[0]).toMatch(/^ok:.*0\.5/);
    expect(second).toMatchObject({ job: 8, outputs: ["error:Error: no"] });
  });

  it("charges an unhandled rejection to the job that made it, not the next one", async () => {
    const [, first, second] = await talk(
      [childJob(1, 'Promise.reject(new Error("x"));\ncheck("e", sigmoid);'), childJob(2, 'check("e", sigmoid);')],
      3,
    );
    expect(first).toMatchObject({ job: 1, rejected: true });
    expect(second).toMatchObject({ job: 2, rejected: false });
  });
});
