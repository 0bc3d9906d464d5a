import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { transpileLearnerCode } from "../../src/grading/transpile";
import { runJob } from "../../src/grading/runner";

/** One job in a fresh realm of this process (the child does the same). Needs dist/. */
const distDir = join(__dirname, "..", "..", "dist");
const run = (source: string, cases = ["[0]", "[2]"], timeLimitMs = 2000) => {
  const compiled = transpileLearnerCode(`import { check, sigmoid } from "actlab";\n${source}`);
  if (!("code" in compiled)) throw new Error(compiled.error);
  return runJob({ job: 1, exerciseId: "e", code: compiled.code, cases, callsWithArgs: true, timeLimitMs }, distDir);
};

describe("one job in the child", () => {
  it("answers each case with the answer's encoded output or its error", () => {
    const reply = run('check("e", (x: number) => { if (x > 1) throw new RangeError("big"); return sigmoid(x); });');
    expect(reply).toMatchObject({ loaded: "ok", events: "", answerType: "function", tampered: "", timedOut: false });
    expect(reply.outputs).toHaveLength(2);
    expect(reply.outputs[0]).toMatch(/^ok:.*0\.5/);
    expect(reply.outputs[1]).toBe("error:RangeError: big");
  });

  it("runs no case when the code never calls check for the exercise", () => {
    expect(run('check("other", 1);')).toMatchObject({ answerType: "missing", outputs: [] });
  });

  it("stops an infinite loop at the job's time limit", () => {
    expect(run("while (true) {}", ["[0]"], 200)).toMatchObject({ timedOut: true, outputs: [] });
    expect(run('check("e", (x: number) => { while (true) {} });', ["[0]"], 200).timedOut).toBe(true);
  });

  it("reports process.exit, a forbidden module and a changed built-in", () => {
    expect(run('try { process.exit(3); } catch {}\ncheck("e", sigmoid);').events).toBe("called process.exit(3)");
    expect(run('import { readFileSync } from "fs";\ncheck("e", readFileSync);').events).toContain("tried to load 'fs'");
    expect(run('Math.exp = () => 1;\ncheck("e", sigmoid);').tampered).toBe("Math.exp");
  });

  it("gives an output longer than a million characters as an error", () => {
    const reply = run('check("e", () => "x".repeat(1_000_001));', ["[0]"]);
    expect(reply.outputs[0]).toMatch(/^error:the answer's output is longer than/);
  });

  it("leaves this process's built-ins alone", () => {
    const exp = Math.exp;
    run('Math.exp = () => 1; check("e", sigmoid);');
    expect(Math.exp).toBe(exp);
  });
});
