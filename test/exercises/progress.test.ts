import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  describeEffort,
  formatProgress,
  progressFile,
  readProgress,
  recordProgress,
} from "../../src/exercises/progress";
import type { CheckResult, Exercise } from "../../src/exercises/types";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "actlab-progress-test-"));
  process.env.ACTLAB_PROGRESS_FILE = join(dir, "nested", "progress.json");
});
afterEach(() => {
  delete process.env.ACTLAB_PROGRESS_FILE;
  rmSync(dir, { recursive: true, force: true });
});

const checked = (id: string, passed: boolean, points: number): CheckResult => ({
  id,
  title: id,
  scope: "public",
  cases: [],
  passed,
  points,
  maxPoints: 2,
  hints: [],
  notes: [],
});

describe("recordProgress / readProgress", () => {
  it("writes to ACTLAB_PROGRESS_FILE, creating its folder, and reads it back", () => {
    expect(progressFile()).toBe(join(dir, "nested", "progress.json"));
    expect(readProgress()).toEqual({});
    recordProgress(checked("a", false, 1));
    recordProgress(checked("b", true, 2));
    recordProgress(checked("a", true, 2)); // the latest check of an exercise replaces the earlier one
    const progress = readProgress();
    expect(Object.keys(progress).sort()).toEqual(["a", "b"]);
    expect(progress.a).toMatchObject({ passed: true, points: 2, maxPoints: 2, scope: "public" });
    expect(Number.isNaN(Date.parse(progress.a.checkedAt))).toBe(false);
    expect(JSON.parse(readFileSync(progressFile(), "utf8")).b.passed).toBe(true);
  });

  it("treats a corrupt file as no progress, and the next check rewrites it", () => {
    recordProgress(checked("a", true, 2));
    writeFileSync(progressFile(), "{ not json");
    expect(readProgress()).toEqual({});
    recordProgress(checked("b", false, 0));
    expect(Object.keys(readProgress())).toEqual(["b"]);
  });
});

const exercise = (id: string, notebook: string, difficulty: 1 | 2 | 3, minutes: number): Exercise => ({
  id,
  kind: "numeric",
  notebook,
  title: id,
  statement: "",
  thinking: "derive",
  difficulty,
  minutes,
  points: 2,
  starter: "",
  publicCases: [],
  mistakes: [],
});

describe("formatProgress", () => {
  const bank = [
    exercise("z-first", "02-b", 2, 8),
    exercise("x-one", "01-a", 1, 5),
    exercise("z-second", "02-b", 3, 12),
  ];

  it("groups by notebook (sorted), keeps bank order inside, and counts time left", () => {
    const progress = {
      "z-second": { passed: true, points: 2, maxPoints: 2, scope: "public" as const, checkedAt: "" },
      "x-one": { passed: false, points: 1, maxPoints: 2, scope: "public" as const, checkedAt: "" },
    };
    const lines = formatProgress(bank, progress).split("\n");
    expect(lines[0]).toBe("01-a: 0/1 done");
    expect(lines[1]).toMatch(/^ {2}· x-one +★☆☆ ~ 5 min derive +tried, 1\/2$/);
    expect(lines[2]).toBe("  about 5 min left in this notebook");
    expect(lines[3]).toBe("02-b: 1/2 done");
    expect(lines[4]).toMatch(/^ {2}· z-first +★★☆ ~ 8 min derive +not tried$/);
    expect(lines[5]).toMatch(/^ {2}✓ z-second +★★★ ~12 min derive +done$/);
    expect(lines[6]).toBe("  about 8 min left in this notebook");
    expect(lines[7]).toBe("1/3 exercises done (public checks; hidden checks run at grading)");
  });

  it("describes effort with three stars in all", () => {
    expect(describeEffort(exercise("e", "n", 1, 30)).trim()).toBe("★☆☆ ~30 min derive");
  });
});
