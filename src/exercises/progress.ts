import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { CheckResult, Exercise } from "./types";

/** The latest result of each exercise's check, as remembered between sessions. */
export interface ProgressRecord {
  readonly passed: boolean;
  readonly points: number;
  readonly maxPoints: number;
  readonly scope: CheckResult["scope"];
  readonly checkedAt: string;
}

export type Progress = Readonly<Record<string, ProgressRecord>>;

/**
 * `.actlab/progress.json` at the project root (git-ignored). This file is in `dist/exercises/` or
 * `src/exercises/`, two levels below the root; ACTLAB_PROGRESS_FILE overrides it (tests, shared machines).
 */
export function progressFile(): string {
  return process.env.ACTLAB_PROGRESS_FILE ?? join(__dirname, "..", "..", ".actlab", "progress.json");
}

export function readProgress(file = progressFile()): Progress {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Progress;
  } catch {
    return {}; // a corrupt progress file must never stop a check; the next check rewrites it
  }
}

export function recordProgress(result: CheckResult, file = progressFile()): void {
  const record: ProgressRecord = {
    passed: result.passed,
    points: result.points,
    maxPoints: result.maxPoints,
    scope: result.scope,
    checkedAt: new Date().toISOString(),
  };
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ ...readProgress(file), [result.id]: record }, null, 2)}\n`);
  } catch {
    // read-only checkouts still check; they just do not remember
  }
}

function statusOf(record: ProgressRecord | undefined): string {
  if (record === undefined) return "not tried";
  return record.passed ? "done" : `tried, ${record.points}/${record.maxPoints}`;
}

/** "★★☆ ~8 min derive": how hard, how long and what kind of thinking, for the progress list. */
export function describeEffort(exercise: Exercise): string {
  const stars = "★".repeat(exercise.difficulty) + "☆".repeat(3 - exercise.difficulty);
  return `${stars} ~${String(exercise.minutes).padStart(2)} min ${exercise.thinking.padEnd(9)}`;
}

/** Per notebook, what is done and what is left, in bank order, with each exercise's effort. */
export function formatProgress(bank: readonly Exercise[], progress: Progress): string {
  const notebooks = [...new Set(bank.map((exercise) => exercise.notebook))].sort();
  const lines: string[] = [];
  let done = 0;
  for (const notebook of notebooks) {
    const exercises = bank.filter((exercise) => exercise.notebook === notebook);
    const finished = exercises.filter((exercise) => progress[exercise.id]?.passed);
    done += finished.length;
    lines.push(`${notebook}: ${finished.length}/${exercises.length} done`);
    for (const exercise of exercises) {
      const record = progress[exercise.id];
      lines.push(
        `  ${record?.passed ? "✓" : "·"} ${exercise.id.padEnd(32)} ${describeEffort(exercise)} ${statusOf(record)}`,
      );
    }
    const minutesLeft = exercises.filter((e) => !progress[e.id]?.passed).reduce((total, e) => total + e.minutes, 0);
    if (minutesLeft > 0) lines.push(`  about ${minutesLeft} min left in this notebook`);
  }
  lines.push(`${done}/${bank.length} exercises done (public checks; hidden checks run at grading)`);
  return lines.join("\n");
}
