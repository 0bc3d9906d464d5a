import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeNotebookJson } from "../../scripts/lib/notebooks.mjs";

/**
 * The grader against a class with attackers, as a hostile student writes them. Each attacker goes
 * for one exercise (sigmoid-stable) and answers the other two correctly. Every attack ends in
 * `check("sigmoid-stable", escaped ? right : wrong)`, so an attack that works shows as "passed":
 * against the real grader each one costs exactly that exercise, and against a grader with the one
 * defence switched off (ACTLAB_GRADER_WEAKEN_FOR_TESTS, read only by grade.mjs for these tests) the
 * same attack passes, which proves each test can fail. About 15 s (eleven small grading runs).
 * Right answers are written out: the core's own sigmoid and softmax are forbidden calls for these
 * exercises, so an answer that used them would score 0 before any attack ran.
 */
const root = join(__dirname, "..", "..");
const exercises = ["sigmoid-stable", "softmax-stable", "init-xavier-uniform-bound"];
// sigmoid stays imported, unused: an import alone is no forbidden call.
const imports = 'import { check, erf, sigmoid, softmax } from "actlab";\n';
/** A stable sigmoid and softmax written out, as an honest student does. */
const sigmoidByHand = "(x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)))";
const softmaxByHand =
  "(x: number[]) => {\n  const top = Math.max(...x);\n  const e = x.map((v) => Math.exp(v - top));\n" +
  "  const total = e.reduce((a, b) => a + b, 0);\n  return e.map((v) => v / total);\n}";
const sigmoidRight = `check("sigmoid-stable", ${sigmoidByHand});`;
const softmaxRight = `check("softmax-stable", ${softmaxByHand});`;
const boundRight = 'check("init-xavier-uniform-bound", () => Math.sqrt(6 / 400));';
const verdict = `check("sigmoid-stable", escaped ? ${sigmoidByHand} : (x: number) => 0);`;
const isRoot = process.getuid?.() === 0;

/** A notebook whose sigmoid cell runs `attack` (which sets `escaped`), the other cells honest. */
const attacker = (attack: string): string =>
  codeNotebookJson([imports, `let escaped = false;\n${attack}\n${verdict}`, softmaxRight, boundRight]);

// Every object learner code is handed or can make, and the constructor chain from each.
const realProcess = `const g: any = globalThis;
const handed: any[] = [g, require, module, exports, check, erf, softmax, softmax([1, 2]), g.process, g.console,
  require("actlab"), Object.getPrototypeOf(require("actlab")), new Error("x"), Promise.resolve(), [].values()];
let P: any;
for (const object of handed) {
  if (P) break;
  const candidate = object.constructor.constructor("return process")();
  if (typeof candidate.pid === "number" && typeof candidate.kill === "function") P = candidate;
}`;

const attacks: Record<string, string> = {
  "chains.ipynb": attacker(`${realProcess}\nescaped = P !== undefined;`),
  // import() in code made from a string rejects with an error of the grading realm.
  "importer.ipynb": codeNotebookJson([
    imports,
    `let P: any;\nFunction('return import("fs")')().catch((e: any) => (P = e.constructor.constructor("return process")()));\n` +
      `check("sigmoid-stable", (x: number) => (P?.pid ? (${sigmoidByHand})(x) : 0));`,
    softmaxRight,
    boundRight,
  ]),
  // A stack trace's call sites hold the functions and receivers of the grading realm's frames.
  "tracer.ipynb": attacker(`const E: any = Error;
E.prepareStackTrace = (_: unknown, sites: any[]) => {
  for (const site of sites) {
    const receiver = site.getThis?.();
    const found = receiver?.constructor?.constructor?.("return process")?.();
    if (typeof found?.pid === "number") escaped = true;
  }
  return "";
};
void new Error("trace").stack;
E.prepareStackTrace = undefined;`),
  "bank.ipynb": attacker(
    `${realProcess}\nescaped = P.mainModule.require("fs").readFileSync(${JSON.stringify(join(root, "dist", "exercises", "bank", "sigmoid-stable.js"))}, "utf8").includes("reference");`,
  ),
  "environment.ipynb": attacker(`${realProcess}\nescaped = P.env.ACTLAB_TEST_SECRET === "s3cret";`),
  "forger.ipynb": attacker(
    `${realProcess}\nP.stdout.write(JSON.stringify({ result: { student: "alice", exerciseId: "sigmoid-stable", points: 99 } }) + "\\n");\nescaped = true;`,
  ),
  "killer.ipynb": attacker(`${realProcess}\ntry { P.kill(P.ppid, "SIGKILL"); escaped = true; } catch {}`),
  "hoarder.ipynb": attacker("const block = new Uint8Array(1.5e9);\nblock[1.4e9] = 1;\nescaped = block[1.4e9] === 1;"),
  "flooder.ipynb": attacker('throw new Error("x".repeat(5_000_000));'),
  "bigmouth.ipynb": codeNotebookJson([
    imports,
    'check("sigmoid-stable", () => "x".repeat(1_500_000));',
    softmaxRight,
    boundRight,
  ]),
  "rejecter.ipynb": attacker('Promise.reject(new Error("never handled"));\nescaped = true;'),
  "exiter.ipynb": attacker("process.exit(0);"),
  // The core's own answer, reached through a namespace import of the cell's own.
  "borrower.ipynb": codeNotebookJson([
    imports,
    'import * as core from "actlab";\ncheck("sigmoid-stable", (x: number) => core.sigmoid(x));',
    softmaxRight,
    boundRight,
  ]), // The core's own answer, reached where the text names no export: require as a value and a
  // computed member, which the source detector cannot resolve to a name.
  "smuggler.ipynb": codeNotebookJson([
    imports,
    'const load = require;\nconst name = ["sig", "moid"].join("");\ncheck("sigmoid-stable", (x: number) => load("actlab")[name](x));',
    softmaxRight,
    boundRight,
  ]),
};
/** What each attack costs against the real grader (always the one exercise, named). */
const named: Record<string, string> = {
  chains: "escape attempt",
  importer: "escape attempt",
  tracer: "failed", // nothing found: the call sites of the grader's frames give nothing away
  bank: "escape attempt",
  environment: "escape attempt",
  forger: "escape attempt",
  killer: "escape attempt",
  hoarder: "memory limit",
  flooder: "crashed",
  bigmouth: "failed",
  rejecter: "unhandled rejection",
  exiter: "process.exit",
  borrower: "forbidden call",
  smuggler: "forbidden call",
};

const honest: Record<string, string | Record<string, string>> = {
  "alice.ipynb": codeNotebookJson([imports, sigmoidRight, softmaxRight, boundRight]),
  bob: { "sigmoid-stable.ts": imports + sigmoidRight, "softmax.ts": imports + softmaxRight },
  "carol.ipynb": codeNotebookJson([imports, 'check("sigmoid-stable", (x: number) => 1 / (1 + Math.exp(-x)));']),
};

// Finding cells from syntax, and entries that must not collide or vanish.
const tricky: Record<string, string | Record<string, string>> = {
  "spaced.ipynb": codeNotebookJson([imports, `check ("sigmoid-stable", ${sigmoidByHand});`, softmaxRight, boundRight]),
  "backtick.ipynb": codeNotebookJson([
    imports,
    `check(\`sigmoid-stable\`, ${sigmoidByHand});`,
    softmaxRight,
    boundRight,
  ]),
  "commented.ipynb": codeNotebookJson([
    imports,
    sigmoidRight,
    softmaxRight,
    boundRight,
    '// later: check("sigmoid-stable", (x: number) => 0);\nconst note = \'check("softmax-stable", 0)\';',
  ]),
  // Innocent use of process in a cell (printing) is no escape attempt.
  "printer.ipynb": codeNotebookJson([
    imports,
    `process.stdout.write(\`\${process.platform}\\n\`);\nconsole.log("done");\n${sigmoidRight}`,
    softmaxRight,
    boundRight,
  ]),
  "twin.ipynb": codeNotebookJson([imports, sigmoidRight]),
  twin: { "a.ts": imports + 'check("sigmoid-stable", (x: number) => 0);' },
  "v1.2": { "nb.ipynb": codeNotebookJson([imports, sigmoidRight]) },
  empty: {},
};

type Rows = Map<string, string>;
let workDir: string;

function writeClass(dir: string, entries: Record<string, string | Record<string, string>>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(entries)) {
    if (typeof content === "string") writeFileSync(join(dir, name), content);
    else {
      mkdirSync(join(dir, name), { recursive: true });
      for (const [file, text] of Object.entries(content)) writeFileSync(join(dir, name, file), text);
    }
  }
}

/** Grades `entries` (optionally with defences off); the rows of grades.csv by "student/exercise", or undefined if the run died. */
function grade(name: string, entries: Record<string, string | Record<string, string>>, weaken = "", ids = exercises) {
  const dir = join(workDir, name, "submissions");
  if (!readdirSync(workDir).includes(name)) writeClass(dir, entries);
  const out = join(workDir, name, "grades");
  const run = spawnSync(process.execPath, [join(root, "scripts", "grade.mjs"), dir, "--exercises", ids.join(",")], {
    encoding: "utf8",
    env: { ...process.env, ACTLAB_TEST_SECRET: "s3cret", ACTLAB_GRADER_WEAKEN_FOR_TESTS: weaken },
  });
  if (run.status !== 0) return { rows: undefined, out, log: run.stderr, signal: run.signal };
  const rows: Rows = new Map(
    readFileSync(join(out, "grades.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => {
        const [student, exercise, ...rest] = line.split(",");
        return [`${student}/${exercise}`, rest.join(",")];
      }),
  );
  return { rows, out, log: run.stderr, signal: run.signal };
}

let attacked: ReturnType<typeof grade>;
let baseline: ReturnType<typeof grade>;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), "actlab-attacks-"));
  attacked = grade("attacked", { ...honest, ...attacks, ...tricky });
  baseline = grade("baseline", honest);
}, 120_000);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const row = (key: string) => attacked.rows?.get(key) ?? "absent";

describe("a class with attackers", () => {
  it("is graded to the end, and every honest student's rows are exactly as without the attackers", () => {
    expect(attacked.rows, attacked.log).toBeDefined();
    for (const [key, value] of baseline.rows ?? []) expect(row(key), key).toBe(value);
    expect(baseline.rows?.size).toBe(9);
  });

  it.each(Object.keys(named))("costs the %s attacker exactly the one exercise, named", (student) => {
    if (student === "killer" && !isRoot) return; // as non-root the child shares the grader's user (see README)
    // (x) => 0 is right on a few cases, so a wrong answer may score a little; a fault scores 0.
    const points = named[student] === "failed" ? "0(\\.\\d+)?" : "0";
    expect(row(`${student}/sigmoid-stable`)).toMatch(new RegExp(`^${points},2,${named[student]}$`));
    expect(row(`${student}/softmax-stable`)).toBe("2,2,passed");
    expect(row(`${student}/init-xavier-uniform-bound`)).toBe("1,1,passed");
  });

  it("caps a flood of output with a note", () => {
    const feedback = readFileSync(join(attacked.out, "feedback", "flooder.txt"), "utf8");
    expect(feedback.length).toBeLessThan(10_000);
    expect(feedback).toContain("feedback cut at 4000");
    const answer = readFileSync(join(attacked.out, "feedback", "bigmouth.txt"), "utf8");
    expect(answer.length).toBeLessThan(10_000);
    expect(answer).toContain("longer than 1000000 characters");
  });

  it("finds exercise cells from syntax (spacing, backticks, never a comment or a string), and lets a cell print", () => {
    for (const student of ["spaced", "backtick", "commented", "printer"])
      for (const id of exercises) expect(row(`${student}/${id}`), `${student}/${id}`).toMatch(/passed$/);
  });

  it("keeps colliding and dotted entries apart, and gives an empty one one clear message", () => {
    expect(row("twin.ipynb/sigmoid-stable")).toBe("2,2,passed");
    expect(row("twin//sigmoid-stable")).toMatch(/^0,2,failed$|^0\.\d+,2,failed$/);
    expect(row("v1.2/sigmoid-stable")).toBe("2,2,passed");
    const files = readdirSync(join(attacked.out, "feedback"));
    expect(files).toEqual(expect.arrayContaining(["twin.ipynb.txt", "twin (folder).txt", "v1.2.txt", "empty.txt"]));
    const empty = readFileSync(join(attacked.out, "feedback", "empty.txt"), "utf8");
    expect(empty.match(/holds no notebook/g)).toHaveLength(1);
    expect(empty.match(/not found in the submission/g)).toHaveLength(1);
  });

  it("never prints the expected value of a numeric answer", () => {
    const feedback = readFileSync(join(attacked.out, "feedback", "carol.txt"), "utf8");
    expect(feedback).toContain("init-xavier-uniform-bound");
    expect(feedback).not.toContain(String(Math.sqrt(6 / 400)).slice(0, 8));
  });
});

describe("each attack works against a grader without the defence it meets", () => {
  const one = (name: string) => ({ "alice.ipynb": honest["alice.ipynb"], [`${name}.ipynb`]: attacks[`${name}.ipynb`] });
  // chains, bank and environment hand the module and require around, so they meet the dynamic-module
  // rule of the source detector too ("modules"): both are off for them.
  it.each([
    ["chains", "realm,modules"],
    ["bank", "realm,files,modules"],
    ["environment", "realm,environment,modules"],
    ["hoarder", "memory"],
    ["smuggler", "modules"],
  ])(
    "%s passes with %s off",
    (name, weaken) => {
      const { rows, log } = grade(`weak-${name}`, one(name), weaken, ["sigmoid-stable"]);
      expect(rows?.get(`${name}/sigmoid-stable`), log).toBe("2,2,passed");
    },
    30_000,
  );

  // Node 26 settles import() only after the job's code has run, and each realm's own microtask
  // queue is never run again, so there the attack cannot land even with the hole open.
  it.skipIf(Number(process.versions.node.split(".")[0]) >= 26)(
    "importer passes with realm off",
    () => {
      const { rows, log } = grade("weak-importer", one("importer"), "realm", ["sigmoid-stable"]);
      expect(rows?.get("importer/sigmoid-stable"), log).toBe("2,2,passed");
    },
    30_000,
  );

  it("a forged message from an escaped child costs that exercise only, as tampering", () => {
    const { rows, log } = grade("weak-forger-realm", one("forger"), "realm", ["sigmoid-stable"]);
    expect(rows?.get("forger/sigmoid-stable"), log).toBe("0,2,tampering");
    expect(rows?.get("alice/sigmoid-stable")).toBe(baseline.rows?.get("alice/sigmoid-stable"));
  }, 30_000);

  it("a forged message takes the grader down when replies are not validated", () => {
    const { rows } = grade("weak-forger", one("forger"), "realm,validation", ["sigmoid-stable"]);
    expect(rows).toBeUndefined();
  }, 30_000);

  it.runIf(isRoot)(
    "the killer kills the grader when the child keeps its user; the journal then resumes, and the third run skips the job",
    () => {
      const entries = one("killer");
      const first = grade("weak-killer", entries, "realm,user", ["sigmoid-stable"]);
      expect(first.signal).toBe("SIGKILL");
      const second = grade("weak-killer", entries, "realm,user", ["sigmoid-stable"]);
      expect(second.signal).toBe("SIGKILL");
      const third = grade("weak-killer", entries, "realm,user", ["sigmoid-stable"]);
      expect(third.rows?.get("killer/sigmoid-stable")).toBe("0,2,crashed");
      expect(third.rows?.get("alice/sigmoid-stable")).toBe(baseline.rows?.get("alice/sigmoid-stable"));
    },
    60_000,
  );
});
