import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  exercises,
  expectedPoints,
  hasHiddenCases,
  root,
  schemaValidator,
  submissions,
  writeSubmission,
  xavierBound,
} from "./classroomFixtures";

/**
 * Gradescope: the real run_autograder (classroom/gradescope/) in simulated /autograder trees, one
 * per submission, moved there by AUTOGRADER_ROOT. Needs dist/ (npm test builds it).
 */
type Results = {
  score: number;
  output: string;
  tests: { name: string; score: number; max_score: number; status: string; output: string; visibility: string }[];
};
const validate = schemaValidator("gradescope-results");
const work = mkdtempSync(join(tmpdir(), "actlab-gradescope-"));
const results = new Map<string, Results>();

/** /autograder as Gradescope lays it out: source/ (the zip, the project as actlab/), submission/. */
function autograderTree(name: string, files: Record<string, string>): string {
  const tree = join(work, name);
  mkdirSync(join(tree, "source"), { recursive: true });
  mkdirSync(join(tree, "submission"));
  symlinkSync(root, join(tree, "source", "actlab"));
  copyFileSync(join(root, "classroom", "gradescope", "run_autograder"), join(tree, "source", "run_autograder"));
  writeFileSync(join(tree, "source", "autograder.json"), JSON.stringify({ exercises }));
  writeSubmission(join(tree, "submission"), files);
  return tree;
}

beforeAll(() => {
  for (const [name, files] of Object.entries(submissions)) {
    const tree = autograderTree(name, files);
    const run = spawnSync("bash", [join(tree, "source", "run_autograder")], {
      env: { ...process.env, AUTOGRADER_ROOT: tree },
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(`run_autograder failed for ${name}: ${run.stderr}`);
    results.set(name, JSON.parse(readFileSync(join(tree, "results", "results.json"), "utf8")));
  }
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("run_autograder", () => {
  it.each(Object.keys(submissions))("writes a results.json that Gradescope's schema accepts (%s)", (name) => {
    expect(validate(results.get(name))).toEqual([]);
  });

  it.each(Object.entries(expectedPoints))("scores the %s submission %d points", (name, expected) => {
    const got = results.get(name)!;
    expect(got.score).toBeCloseTo(expected, 2);
    // The tests add up to the same score, so Gradescope's per-test view agrees with the total.
    expect(got.tests.reduce((sum, t) => sum + t.score, 0)).toBeCloseTo(expected, 2);
  });

  it("has hidden cases in the exercises graded, so the after-due-date tests are exercised", () => {
    expect(exercises.filter(hasHiddenCases).length).toBeGreaterThan(0);
  });

  it("splits each exercise into a visible public test and an after-due-date hidden test", () => {
    const tests = results.get("correct")!.tests;
    for (const id of exercises) {
      const own = tests.filter((t) => t.name.startsWith(`${id}:`));
      expect(own.map((t) => t.visibility)).toEqual(hasHiddenCases(id) ? ["visible", "after_due_date"] : ["visible"]);
      expect(own.every((t) => t.status === "passed" && t.score === t.max_score)).toBe(true);
    }
  });

  it("marks the wrong answer failed and never shows the expected value", () => {
    const text = JSON.stringify(results.get("partlyWrong"));
    const bound = results.get("partlyWrong")!.tests.filter((t) => t.name.startsWith("init-xavier-uniform-bound"));
    expect(bound.map((t) => [t.status, t.score])).toEqual([["failed", 0]]);
    expect(text).not.toContain(String(xavierBound).slice(0, 8));
  });

  it("gives no points for process.exit or reading the environment, and says why", () => {
    const tests = results.get("hostile")!.tests;
    const sigmoid = tests.find((t) => t.name === "sigmoid-stable: public cases")!;
    expect(sigmoid.output).toMatch(/process\.exit/);
    expect(tests.filter((t) => !t.name.startsWith("init-")).every((t) => t.score === 0)).toBe(true);
  });

  it("says what is wrong with a malformed notebook, in the overall output", () => {
    expect(results.get("malformed")!.output).toMatch(/not valid JSON/);
  });
});

describe("npm run autograder", () => {
  it("zips setup.sh and run_autograder, executable, at the root, with the assignment's exercises", () => {
    const built = spawnSync(
      process.execPath,
      [
        join(root, "scripts", "autograder", "build.mjs"),
        "--exercises",
        "sigmoid-stable",
        "--out",
        join(work, "autograder.zip"),
      ],
      {
        encoding: "utf8",
      },
    );
    expect(built.status, built.stderr).toBe(0);
    const zip = join(work, "autograder.zip");
    const listing = spawnSync("unzip", ["-Z", zip, "setup.sh", "run_autograder", "actlab/package.json"], {
      encoding: "utf8",
    });
    expect(listing.stdout).toMatch(/^-rwx.* setup\.sh$/m);
    expect(listing.stdout).toMatch(/^-rwx.* run_autograder$/m);
    expect(listing.stdout).toMatch(/ actlab\/package\.json$/m);
    const config = spawnSync("unzip", ["-p", zip, "autograder.json"], { encoding: "utf8" });
    expect(JSON.parse(config.stdout)).toEqual({ exercises: ["sigmoid-stable"] });
  });
});
