import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { exerciseBank } from "../../src/exercises/bank/index";
import { forbiddenCallsIn, forbiddenUseMessages, forbiddenUses } from "../../src/exercises/forbidden";
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

  it("does not count a method of the learner's own object that shares an export's name (layer_1.softmax)", () => {
    const softmaxStable = exercise("softmax-stable");
    const own = `const layer_1 = { softmax: (x: number[]) => x };\ncheck("softmax-stable", (x: number[]) => layer_1.softmax(x));`;
    expect(forbiddenCallsIn(softmaxStable, own)).toEqual([]);
    // The same in compiled JavaScript, and a learner's object named like vitest's aliases' tail.
    expect(forbiddenCallsIn(softmaxStable, "function f(x) { return (0, layer_1.softmax)(x); }")).toEqual([]);
    expect(forbiddenCallsIn(softmaxStable, "function f(x) { return model_12__.softmax(x); }")).toEqual([]);
  });

  it("still finds the compiled module aliases of TypeScript (actlab_1) and vitest (__vite_ssr_import_1__)", () => {
    const softmaxStable = exercise("softmax-stable");
    expect(forbiddenCallsIn(softmaxStable, "function f(x) { return (0, actlab_1.softmax)(x); }")).toEqual(["softmax"]);
    expect(forbiddenCallsIn(softmaxStable, "function f(x) { return actlab_2.softmax(x); }")).toEqual(["softmax"]);
    expect(forbiddenCallsIn(softmaxStable, "const f = (x) => __vi_import_0__.softmax(x);")).toEqual(["softmax"]);
    expect(forbiddenCallsIn(softmaxStable, "(x) => (0,__vite_ssr_import_1__.softmax)(x)")).toEqual(["softmax"]);
  });

  // An attacker's ways to call a forbidden export without writing its name where an import binds it.
  // Each must be found, by name or as a dynamic way into the module (which the grader refuses).
  const sigmoidStable = exercise("sigmoid-stable");
  const dodges: Record<string, string> = {
    "alias of a named import": 'import { sigmoid } from "actlab";\nconst s = sigmoid;\ns(1);',
    "string import name": 'import { "sigmoid" as s } from "actlab";\ns(1);',
    "default import": 'import core from "actlab";\ncore.sigmoid(1);',
    "import = require": 'import core = require("actlab");\ncore.sigmoid(1);',
    "parenthesised namespace": 'import * as a from "actlab";\n(a).sigmoid(1);',
    "namespace cast": 'import * as a from "actlab";\n(a as any).sigmoid(1);',
    "namespace copied": 'import * as a from "actlab";\nconst b = a;\nb.sigmoid(1);',
    "namespace spread": 'import * as a from "actlab";\nconst o = { ...a };\no.sigmoid(1);',
    "namespace passed": 'import * as a from "actlab";\nReflect.get(a, "sigmoid")(1);',
    "computed member": 'import * as a from "actlab";\nconst k = "sig" + "moid";\na[k](1);',
    "require with a template literal": "require(`actlab`).sigmoid(1);",
    "require computed member": 'const k = "sigmoid";\nrequire("actlab")[k](1);',
    "require as a value": 'const r = require;\nr("actlab").sigmoid(1);',
    "require with a computed name": 'const m = "act" + "lab";\nrequire(m).sigmoid(1);',
    "destructured computed name": 'const { ["sigmoid"]: s } = require("actlab");\ns(1);',
    "destructured rest": 'const { ...all } = require("actlab");\nall.sigmoid(1);',
    "deep path": 'import { sigmoid } from "actlab/dist/activations/sigmoid";\nsigmoid(1);',
    "dynamic import": 'import("actlab").then((m) => m.sigmoid(1));',
    "the realm's loader": '__actlabRequire("actlab").sigmoid(1);',
    "the wrapper's arguments": 'const load = arguments[1];\nload("actlab").sigmoid(1);',
    "arguments in a top-level arrow": 'const f = () => arguments[1]("actlab").sigmoid(1);',
    "exported alias": 'import { sigmoid } from "actlab";\nexport { sigmoid as mine };',
    "object property value": 'import { sigmoid } from "actlab";\nconst o = { f: sigmoid };\no.f(1);',
    "the realm's loader through globalThis":
      'const g: any = globalThis;\ng["__actlab" + "Require"]("actlab").sigmoid(1);',
    "a computed global": 'globalThis[["__actlab", "Require"].join("")]("actlab").sigmoid(1);',
    "activationSpec, which hands out activation's functions":
      'import { activationSpec } from "actlab";\nactivationSpec("sigmoid").f(1);',
  };
  it.each(Object.entries(dodges))("finds a forbidden use through: %s", (_, code) => {
    const { names, dynamic } = forbiddenUses(sigmoidStable, code);
    expect([...names, ...dynamic].length, code).toBeGreaterThan(0);
    expect(forbiddenCallsIn(sigmoidStable, code).length).toBeGreaterThan(0);
  });

  it("leaves honest code alone: own names, static reads of allowed exports, type positions, own arguments", () => {
    const honest = [
      'import * as actlab from "actlab";\nactlab.check("sigmoid-stable", (x: number) => 1 / (1 + Math.exp(-x)));',
      'import { check } from "actlab";\nconst o = { sigmoid: (x: number) => x };\ncheck("sigmoid-stable", o.sigmoid);',
      'import * as a from "actlab";\nlet f: typeof a.sigmoid;\na["check"]("sigmoid-stable", (x: number) => x);',
      "function mean() { return arguments.length; }",
      "const pi = globalThis.Math.PI;",
      'const { check } = require("actlab");\ncheck("sigmoid-stable", (x: number) => x);',
    ];
    for (const code of honest) expect(forbiddenUses(sigmoidStable, code), code).toEqual({ names: [], dynamic: [] });
  });

  it("tells the learner which way it found and what is off limits", () => {
    const [message] = forbiddenUseMessages(sigmoidStable, 'const r = require;\nr("actlab").sigmoid(1);');
    expect(message).toContain("reaches actlab through require used as a value");
    expect(message).toContain("sigmoid, logSigmoid, log1pExp, activation");
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
