import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { exerciseBank } from "../../src/exercises/bank/index";
import { forbiddenCallsIn } from "../../src/exercises/forbidden";
import { check } from "../../src/exercises/check";
import { exercise } from "../../src/exercises/registry";

const geluTanh = exercise("gelu-tanh");

describe("forbiddenCallsIn (for the grader and check)", () => {
  it("finds a forbidden export called through a named import, an alias, a namespace or require", () => {
    expect(
      forbiddenCallsIn(
        geluTanh,
        `import { activation } from "actlab";\nconst f = (x: number) => activation("gelu").f(x);`,
      ),
    ).toEqual(["activation"]);
    expect(
      forbiddenCallsIn(geluTanh, `import { erf as e } from "actlab";\nconst f = (x: number) => x * (1 + e(x));`),
    ).toEqual(["erf"]);
    expect(
      forbiddenCallsIn(geluTanh, `import * as a from "actlab";\nconst f = (x: number) => a.normalCdf(x) * x;`),
    ).toEqual(["normalCdf"]);
    expect(forbiddenCallsIn(geluTanh, `const { activation } = require("actlab");\nactivation("gelu");`)).toEqual([
      "activation",
    ]);
    expect(forbiddenCallsIn(geluTanh, `const f = (x) => require("actlab")["erf"](x);`)).toEqual(["erf"]);
  });

  it("finds it in compiled JavaScript, where tslab has turned the import into actlab_1.name", () => {
    expect(forbiddenCallsIn(geluTanh, `function g(x) { return (0, actlab_1.activation)("gelu").f(x); }`)).toEqual([
      "activation",
    ]);
  });

  it("does not count the learner's own names, allowed imports, strings or comments", () => {
    const own = `import { check, sigmoid } from "actlab";\nfunction activation(x: number) { return x * sigmoid(1.702 * x); } // not actlab's activation\nconst erf = "erf";\ncheck("gelu-tanh", activation);`;
    expect(forbiddenCallsIn(geluTanh, own)).toEqual([]);
    expect(
      forbiddenCallsIn(
        exercise("linearity-hinge-location"),
        `import { activation } from "actlab"; activation("relu");`,
      ),
    ).toEqual([]);
  });

  it("names at least one forbidden export for every implement exercise, each a real actlab export", async () => {
    const actlab = await import("../../src/index");
    for (const entry of exerciseBank.filter((e) => e.thinking === "implement")) {
      expect(entry.forbids?.length ?? 0, entry.id).toBeGreaterThan(0);
      for (const name of entry.forbids ?? [])
        expect(typeof (actlab as Record<string, unknown>)[name], `${entry.id}: ${name}`).toBe("function");
    }
  });

  it("check() refuses, for every exercise and each export it forbids, an answer that calls it (0 points)", () => {
    const log = console.log;
    console.log = () => undefined;
    vi.stubEnv("ACTLAB_PROGRESS_FILE", join(tmpdir(), `actlab-forbidden-${process.pid}.json`));
    try {
      for (const entry of exerciseBank.filter((e) => e.forbids?.length && e.kind === "function")) {
        for (const name of entry.forbids ?? []) {
          // What tslab compiles `import { name } from "actlab"; (…) => name(…)` into; the stand-in
          // returns the right answer, so only the forbidden call can fail the check.
          const actlab_1 = {
            [name]: (...args: unknown[]) => (entry.reference as (...a: unknown[]) => unknown)(...args),
          };
          const cheat = new Function("actlab_1", `return (...args) => (0, actlab_1.${name})(...args);`)(actlab_1);
          const result = check(entry.id, cheat);
          expect(result.problem, `${entry.id}: ${name}`).toContain(`calls actlab's ${name}: write it yourself`);
          expect(result.points, `${entry.id}: ${name}`).toBe(0);
        }
      }
    } finally {
      console.log = log;
      vi.unstubAllEnvs();
    }
  });

  // check() also watches calls while the answer runs, which catches a helper defined elsewhere (another
  // cell). That needs the CommonJS core of dist/, as notebooks load it: one node process, ~0.3 s.
  it.runIf(existsSync(join(__dirname, "../../dist/exercises/check.js")))(
    "check() in the CommonJS core refuses an answer whose helper calls the core, and gives 0 points",
    () => {
      const script = `
        const actlab = require("./dist/index.js");
        const helper = (x) => actlab.activation("gelu", { approximate: "tanh" }).f(x);
        const result = actlab.check("gelu-tanh", (x) => helper(x));
        const honest = actlab.check("gelu-tanh", (x) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3))));
        process.stdout.write(JSON.stringify({ problem: result.problem, points: result.points, honest: honest.points }));`;
      const output = execFileSync(process.execPath, ["-e", script], {
        cwd: join(__dirname, "../.."),
        env: { ...process.env, ACTLAB_PROGRESS_FILE: join(__dirname, "../../build/forbidden-test-progress.json") },
        encoding: "utf8",
      });
      const parsed = JSON.parse(output.slice(output.lastIndexOf("{"))) as {
        problem: string;
        points: number;
        honest: number;
      };
      expect(parsed.problem).toContain("calls actlab's activation: write it yourself");
      expect(parsed.points).toBe(0);
      expect(parsed.honest).toBe(geluTanh.points);
    },
  );
});
