import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exerciseBank } from "../../src/exercises/bank/index";
import { kinds } from "../../src/exercises/kinds";

/**
 * `npm run release -- --graded`: the student edition of a graded course holds nothing from which a
 * numeric or choice answer can be recovered. The proof is black-box: in that edition, `check` with
 * the right answer and with a wrong one print exactly the same thing, and the files hold no digest,
 * no precomputed value and no known mistake of those exercises. About 15 s (one release build).
 */
const root = join(__dirname, "..", "..");
const releaseDir = join(root, "build", "test-release-graded");
const loadRelease = createRequire(__filename);
const secret = exerciseBank.filter((exercise) => kinds[exercise.kind].digest !== undefined);

beforeAll(() => {
  const run = spawnSync(process.execPath, [join(root, "scripts", "release.mjs"), "--graded", "--out", releaseDir], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
}, 120_000);
afterAll(() => rmSync(releaseDir, { recursive: true, force: true }));

describe("the graded student edition", () => {
  it("has numeric and choice exercises to hide", () => expect(secret.length).toBeGreaterThanOrEqual(10));

  it("ships no expectation of a numeric or choice exercise, and no known mistake of one", () => {
    const shipped = JSON.parse(
      readFileSync(join(releaseDir, "dist", "exercises", "bank", "public-expectations.json"), "utf8"),
    ) as Record<string, unknown>;
    const bankDir = join(releaseDir, "src", "exercises", "bank");
    for (const exercise of secret) {
      expect(shipped[exercise.id], exercise.id).toBeUndefined();
      const file = readdirSync(bankDir).find((name) => name === `${exercise.id}.ts`) ?? "";
      const text = readFileSync(join(bankDir, file), "utf8");
      expect(text, exercise.id).toMatch(/mistakes: \[\]/);
      for (const mistake of exercise.mistakes) expect(text, exercise.id).not.toContain(mistake.hint.slice(0, 40));
    }
  });

  it("answers check() the same for the right answer and a wrong one: recorded, checked at grading", () => {
    process.env.ACTLAB_PROGRESS_FILE = join(releaseDir, ".actlab", "progress.json");
    const release = loadRelease(join(releaseDir, "dist", "index.js")) as typeof import("../../src/index");
    const log = console.log;
    const printed: string[] = [];
    console.log = (text: string) => printed.push(text);
    try {
      for (const exercise of secret) {
        const wrong = exercise.kind === "choice" ? "Z" : Number(exercise.reference) + 1;
        const right = release.check(exercise.id, exercise.reference).feedback;
        expect(release.check(exercise.id, wrong).feedback, exercise.id).toBe(right);
        expect(right).toMatch(/answer recorded; it is checked at grading/);
      }
      // npm run check there (exercise files, in the grader's sandbox) records them too.
      const { gradeJobHere } = loadRelease(
        join(releaseDir, "dist", "grading", "judge.js"),
      ) as typeof import("../../src/grading/judge");
      const job = (exerciseId: string, source: string) => ({
        student: "you",
        exerciseId,
        source,
        origin: exerciseId,
        scope: "public" as const,
        timeLimitMs: 2000,
      });
      const answer = 'import { check } from "actlab";\ncheck("sigmoid-max-slope", 0.25);';
      expect(gradeJobHere(job("sigmoid-max-slope", answer), join(releaseDir, "dist")).outcome).toBe("recorded");
      // Function exercises still check their public cases there.
      // (A stable sigmoid written here: the core's own sigmoid is refused as an answer.)
      const stableSigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
      expect(release.check("sigmoid-stable", stableSigmoid).passed).toBe(true);
    } finally {
      console.log = log;
      delete process.env.ACTLAB_PROGRESS_FILE;
    }
    expect(printed.length).toBeGreaterThan(secret.length);
  });
});
