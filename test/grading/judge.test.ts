import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { GradingJob } from "../../src/grading/job";
import { childJobFor, judgeReply } from "../../src/grading/judge";
import type { ChildJob, ChildReply } from "../../src/grading/protocol";
import { runJob } from "../../src/grading/runner";

/** The parent's side: what a child is sent, and how its reply is judged. Needs dist/ (npm test builds it). */
const distDir = join(__dirname, "..", "..", "dist");
const imports = 'import { check, sigmoid } from "actlab";\n';
const job = (exerciseId: string, source: string | undefined, extra: Partial<GradingJob> = {}): GradingJob => ({
  student: "alice",
  exerciseId,
  source,
  origin: "cell 2 of alice.ipynb",
  scope: "all",
  timeLimitMs: 2000,
  ...extra,
});
const sent = (graded: GradingJob): ChildJob => {
  const prepared = childJobFor(graded, 1);
  if (!("code" in prepared)) throw new Error(`no child job: ${prepared.feedback}`);
  return prepared;
};
/** An honest child's reply, run in this process. */
const replyTo = (graded: GradingJob): ChildReply => ({ job: 1, ...runJob(sent(graded), distDir), rejected: false });

/** A stable sigmoid written out: the core's own sigmoid is a forbidden call for this exercise. */
const stableSigmoid = "(x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)))";
const right = job("sigmoid-stable", `${imports}check("sigmoid-stable", ${stableSigmoid});`);
const wrong = job(
  "sigmoid-stable",
  `${imports}check("sigmoid-stable", (x: number) => Math.exp(x) / (1 + Math.exp(x)));`,
);

describe("what a child is sent", () => {
  it("is compiled code and case inputs, never an expected value", () => {
    const child = sent(right);
    expect(Object.keys(child).sort()).toEqual(["callsWithArgs", "cases", "code", "exerciseId", "job", "timeLimitMs"]);
    expect(child.code).toContain('require("actlab")');
    expect(child.cases.length).toBeGreaterThan(0);
  });

  it("is nothing when there is no code, or code the grader will not compile", () => {
    expect(childJobFor(job("sigmoid-stable", undefined), 1)).toMatchObject({ outcome: "missing", notSubmitted: true });
    expect(childJobFor(job("sigmoid-stable", undefined, { malformed: true }), 1)).toMatchObject({
      outcome: "malformed notebook",
    });
    expect(childJobFor(job("sigmoid-stable", "const = 1;"), 1)).toMatchObject({ outcome: "compile error" });
    expect(childJobFor(job("sigmoid-stable", " ".repeat(200_001)), 1)).toMatchObject({ outcome: "compile error" });
  });
});

describe("an answer that uses the core's own answer", () => {
  const message = "calls actlab's sigmoid: write it yourself";
  it.each([
    ["a named import", `${imports}check("sigmoid-stable", (x: number) => sigmoid(x));`],
    ["the import itself as the answer", `${imports}check("sigmoid-stable", sigmoid);`],
    ["an alias", 'import { check, sigmoid as s } from "actlab";\ncheck("sigmoid-stable", (x: number) => s(x));'],
    ["a namespace", 'import * as a from "actlab";\na.check("sigmoid-stable", (x: number) => a.sigmoid(x));'],
    ["require", 'const { check, sigmoid: f } = require("actlab");\ncheck("sigmoid-stable", f);'],
  ])("scores 0 as a forbidden call through %s, before any child runs it", (_, source) => {
    const result = childJobFor(job("sigmoid-stable", source), 1);
    expect(result).toMatchObject({ outcome: "forbidden call", points: 0, maxPoints: 2 });
    expect("feedback" in result && result.feedback).toContain(message);
  });

  it("names every forbidden export used, and only for an exercise that forbids it", () => {
    const both = `import { check, logSigmoid, sigmoid } from "actlab";\ncheck("sigmoid-stable", (x: number) => Math.exp(logSigmoid(x)) + 0 * sigmoid(x));`;
    const result = childJobFor(job("sigmoid-stable", both), 1);
    expect("feedback" in result && result.feedback).toMatch(
      /logSigmoid: write it yourself.*sigmoid: write it yourself/,
    );
    // init-xavier-uniform-bound forbids nothing: sigmoid is only a number-maker there.
    const elsewhere = job("init-xavier-uniform-bound", `${imports}check("init-xavier-uniform-bound", sigmoid(0) * 0);`);
    expect(childJobFor(elsewhere, 1)).toHaveProperty("code");
  });

  it("is not a forbidden call when it only imports the export, or defines its own function of that name", () => {
    // The import alone is no use (a notebook's import cell is shared by every exercise cell).
    expect(childJobFor(right, 1)).toHaveProperty("code");
    const own = `import { check } from "actlab";\nconst sigmoid = ${stableSigmoid};\ncheck("sigmoid-stable", sigmoid);`;
    const graded = job("sigmoid-stable", own);
    expect(judgeReply(graded, replyTo(graded)).outcome).toBe("passed");
  });
});

describe("an answer that reaches the core where its text names no export", () => {
  const smuggled = job(
    "sigmoid-stable",
    'import { check } from "actlab";\nconst load = require;\ncheck("sigmoid-stable", (x: number) => load("actlab")["sig" + "moid"](x));',
  );

  it("is run (so the realm still reports what it sees), then scores 0 as a forbidden call, saying how", () => {
    expect(childJobFor(smuggled, 1)).toHaveProperty("code");
    const result = judgeReply(smuggled, replyTo(smuggled));
    expect(result).toMatchObject({ outcome: "forbidden call", points: 0, maxPoints: 2 });
    expect(result.feedback).toContain("reaches actlab through require used as a value");
  });

  it("cannot reach the realm's global object through a sloppy-mode this (learner code runs strict)", () => {
    // No import: a script, which TypeScript would emit without "use strict", where a plain call's
    // this is the global object, holding the realm's loader under a name the text never writes.
    const sloppy = job(
      "sigmoid-stable",
      'const { check } = require("actlab");\nconst g: any = (function (this: any) { return this; })();\n' +
        'const load = g?.["__actlab" + "Require"];\n' +
        'check("sigmoid-stable", (x: number) => (load ? load("actlab").sigmoid(x) : 0));',
    );
    expect(judgeReply(sloppy, replyTo(sloppy)).points).toBeLessThan(1);
  });

  it("would pass without that rule (so the test above can fail)", () => {
    expect(judgeReply(smuggled, replyTo(smuggled), true)).toMatchObject({ outcome: "passed", points: 2 });
  });
});

describe("a reply judged against the expectations the parent holds", () => {
  it("passes the right answer and fails the naive formula on the stable exercise", () => {
    const passed = judgeReply(right, replyTo(right));
    expect(passed.outcome).toBe("passed");
    expect(passed.points).toBe(passed.maxPoints);
    expect(judgeReply(wrong, replyTo(wrong)).outcome).toBe("failed");
  });

  it("believes only the outputs: a reply claiming points or an outcome is judged on its outputs", () => {
    const forged = { ...replyTo(wrong), points: 99, outcome: "passed" } as ChildReply;
    expect(judgeReply(wrong, forged)).toMatchObject({ outcome: "failed" });
    expect(judgeReply(wrong, forged).points).toBeLessThan(judgeReply(wrong, forged).maxPoints);
  });

  it("calls a reply for the wrong number of cases tampering", () => {
    const reply = replyTo(right);
    expect(judgeReply(right, { ...reply, outputs: reply.outputs.slice(1) }).outcome).toBe("tampering");
  });

  it("charges what the child reports to the job: time, exit, escape, modules, built-ins, rejections", () => {
    const reply = replyTo(right);
    const outcome = (changes: Partial<ChildReply>) => judgeReply(right, { ...reply, ...changes }).outcome;
    expect(outcome({ timedOut: true })).toBe("time limit");
    expect(outcome({ events: "called process.exit(1)" })).toBe("process.exit");
    expect(outcome({ events: "escape attempt: read process.binding" })).toBe("escape attempt");
    expect(outcome({ events: "tried to load 'fs'" })).toBe("forbidden module");
    expect(outcome({ tampered: "Math.exp" })).toBe("tampering");
    expect(outcome({ rejected: true })).toBe("unhandled rejection");
    expect(outcome({ loaded: "error:RangeError: Array buffer allocation failed" })).toBe("memory limit");
    expect(outcome({ loaded: "error:Error: oops", answerType: "missing", outputs: [] })).toBe("crashed");
  });

  it("never shows the expected value of a numeric answer", () => {
    // The bound is √(6 / (300 + 100)) = 0.12247…; the answer √(2 / 400) = 0.0707… is a known mistake.
    const numeric = job(
      "init-xavier-uniform-bound",
      `${imports}check("init-xavier-uniform-bound", Math.sqrt(2 / 400));`,
    );
    const result = judgeReply(numeric, replyTo(numeric));
    expect(result.outcome).toBe("failed");
    expect(result.feedback).toContain("0.0707");
    expect(result.feedback).not.toContain("0.1224");
    expect(result.result?.cases.every((c) => c.expected === undefined)).toBe(true);
  });
});
