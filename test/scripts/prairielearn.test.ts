import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  exercises,
  expectedPoints,
  points,
  root,
  schemaValidator,
  submissions,
  writeSubmission,
  xavierBound,
} from "./classroomFixtures";

/**
 * PrairieLearn: the real entry (scripts/prairielearn.mjs) in simulated /grade trees, one per
 * submission, moved there by PRAIRIELEARN_GRADE_ROOT. Needs dist/ (npm test builds it).
 */
type Results = {
  gradable: boolean;
  score: number;
  format_errors?: string[];
  tests?: { name: string; points: number; max_points: number; message: string }[];
};
const validate = schemaValidator("prairielearn-results");
const work = mkdtempSync(join(tmpdir(), "actlab-prairielearn-"));
const results = new Map<string, Results>();
const sizes = new Map<string, number>();
const maxPoints = exercises.reduce((sum, id) => sum + points(id), 0);

beforeAll(() => {
  for (const [name, files] of Object.entries(submissions)) {
    const tree = join(work, name);
    mkdirSync(join(tree, "student"), { recursive: true });
    writeSubmission(join(tree, "student"), files);
    const run = spawnSync(
      process.execPath,
      [join(root, "scripts", "prairielearn.mjs"), "--exercises", exercises.join(",")],
      {
        env: { ...process.env, PRAIRIELEARN_GRADE_ROOT: tree },
        encoding: "utf8",
      },
    );
    if (run.status !== 0) throw new Error(`prairielearn.mjs failed for ${name}: ${run.stderr}`);
    const file = join(tree, "results", "results.json");
    results.set(name, JSON.parse(readFileSync(file, "utf8")));
    sizes.set(name, statSync(file).size);
  }
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the PrairieLearn entry", () => {
  it.each(Object.keys(submissions))(
    "writes a results.json that PrairieLearn's schema accepts, under 1 MB (%s)",
    (name) => {
      expect(validate(results.get(name))).toEqual([]);
      expect(sizes.get(name)).toBeLessThan(1_000_000);
    },
  );

  it.each(["correct", "partlyWrong", "hostile", "zippedFolder"] as const)(
    "scores the %s submission as its points over the maximum",
    (name) => {
      const got = results.get(name)!;
      expect(got.gradable).toBe(true);
      expect(got.score).toBeCloseTo(expectedPoints[name] / maxPoints, 6);
      expect(got.tests!.map((t) => t.name)).toEqual([...exercises]);
    },
  );

  it("never shows the expected value of the wrong answer", () => {
    expect(JSON.stringify(results.get("partlyWrong"))).not.toContain(String(xavierBound).slice(0, 8));
  });

  it("says why the hostile answers got nothing", () => {
    const sigmoid = results.get("hostile")!.tests!.find((t) => t.name === "sigmoid-stable")!;
    expect([sigmoid.points, sigmoid.message]).toEqual([0, expect.stringMatching(/process\.exit/)]);
    // The answer sees an empty environment: HOME is undefined, so it returns zeros.
    const softmax = results.get("hostile")!.tests!.find((t) => t.name === "softmax-stable")!;
    expect([softmax.points, softmax.message]).toEqual([0, expect.stringMatching(/got\s+\[0, 0, 0\]/)]);
  });

  it("marks a malformed notebook not gradable, with the reason in format_errors", () => {
    const got = results.get("malformed")!;
    expect(got.gradable).toBe(false);
    expect(got.format_errors!.join("\n")).toMatch(/not valid JSON/);
  });
});
