import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { GradingJob, JobResult } from "../../src/grading/job";
import { gradeJobs } from "../../src/grading/pool";

/**
 * Jobs through real, isolated children (the `npm run grade` run on a whole class is in
 * test/scripts/grade.test.ts). Needs dist/.
 */
const root = join(__dirname, "..", "..");
const imports = 'import { check, sigmoid } from "actlab";\n';
/** A stable sigmoid written out: the core's own sigmoid is a forbidden call for sigmoid-stable. */
const stableSigmoid = "(x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)))";
const job = (student: string, source: string | undefined, timeLimitMs = 2000): GradingJob => ({
  student,
  exerciseId: "sigmoid-stable",
  source: source === undefined ? undefined : imports + source,
  origin: `${student}.ipynb`,
  scope: "all",
  timeLimitMs,
});

describe("the grading pool", () => {
  it("grades each student's jobs in a child, calls back per job and result, and costs a fault only its job", async () => {
    const started: string[] = [];
    const handed: JobResult[] = [];
    const jobs = [
      job("ann", `check("sigmoid-stable", ${stableSigmoid});`),
      job("ann", 'check("sigmoid-stable", (x: number) => { while (true) {} });', 300),
      job("ann", `check("sigmoid-stable", ${stableSigmoid});`),
      job("ben", undefined),
      job("ben", 'check("sigmoid-stable", sigmoid);'),
      job("ben", 'check("sigmoid-stable", (x: number) => Math.exp(x) / (1 + Math.exp(x)));'),
    ];
    const results = await gradeJobs(jobs, {
      parallel: 2,
      memoryMb: 256,
      projectRoot: root,
      distDir: join(root, "dist"),
      onStart: (started_) => started.push(started_.student),
      onResult: (result) => handed.push(result),
    });
    const outcomes = (student: string) => results.filter((r) => r.student === student).map((r) => r.outcome);
    expect(outcomes("ann")).toEqual(["passed", "time limit", "passed"]);
    expect(outcomes("ben").sort()).toEqual(["failed", "forbidden call", "missing"]);
    expect(started.sort()).toEqual(["ann", "ann", "ann", "ben"]);
    expect(handed).toHaveLength(6);
  }, 20_000);
});
