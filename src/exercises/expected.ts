import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { casesOf } from "./evaluate";
import { interpretCase, produceHere } from "./produce";
import { kinds } from "./kinds";
import type { Exercise, Expectation, Scope } from "./types";

/**
 * Where expected values come from. The instructor's bank has reference answers, and expectations are
 * computed from them. The student edition has none: `npm run release` precomputes the public cases'
 * expectations into this file, as values for functions and formulas (the cases are public anyway) and
 * as salted digests for numeric and choice answers (whose expected value IS the solution).
 */
export const PUBLIC_EXPECTATIONS_FILE = "public-expectations.json";

// JSON has no NaN or ±Infinity, and a sigmoid must return NaN for NaN: they travel as strings.
const nonFinite = new Set(["NaN", "Infinity", "-Infinity"]);
const revive = (_key: string, value: unknown): unknown =>
  typeof value === "string" && nonFinite.has(value) ? Number(value) : value;
const replace = (_key: string, value: unknown): unknown =>
  typeof value === "number" && !Number.isFinite(value) ? String(value) : value;

/** The student edition's expectations file, for `npm run release`. */
export function serializeExpectations(expectations: Readonly<Record<string, readonly Expectation[]>>): string {
  return `${JSON.stringify(expectations, replace)}\n`;
}

let precomputed: Readonly<Record<string, readonly Expectation[]>> | undefined;

function loadPrecomputed(): Readonly<Record<string, readonly Expectation[]>> {
  if (precomputed === undefined) {
    const file = join(__dirname, "bank", PUBLIC_EXPECTATIONS_FILE);
    precomputed = existsSync(file)
      ? (JSON.parse(readFileSync(file, "utf8"), revive) as Record<string, Expectation[]>)
      : {};
  }
  return precomputed;
}

/** Expectations computed from the reference answer, one per case of `scope`. */
export function referenceExpectations(exercise: Exercise, scope: Scope): Expectation[] {
  const produce = produceHere(exercise, exercise.reference);
  return casesOf(exercise, scope).map(({ args }) => {
    const outcome = interpretCase(exercise, produce(args), args);
    if ("error" in outcome)
      throw new Error(`the reference answer of '${exercise.id}' fails on (${args.join(", ")}): ${outcome.error}`);
    return { value: outcome.value };
  });
}

/** What the student edition ships for the public cases: values, or digests where the value is the solution. */
export function publicExpectations(exercise: Exercise): Expectation[] {
  const digest = kinds[exercise.kind].digest;
  return referenceExpectations(exercise, "public").map((expectation) =>
    digest && "value" in expectation ? { digest: digest(expectation.value, exercise) } : expectation,
  );
}

/**
 * In the graded student edition a numeric or choice answer has nothing to be compared with (no
 * reference, nothing precomputed): `check` records it, and grading checks it.
 */
export function checkedOnlyAtGrading(exercise: Exercise): boolean {
  return (
    exercise.reference === undefined &&
    kinds[exercise.kind].digest !== undefined &&
    loadPrecomputed()[exercise.id] === undefined
  );
}

export function expectationsFor(exercise: Exercise, scope: Scope): readonly Expectation[] {
  if (exercise.reference !== undefined) return referenceExpectations(exercise, scope);
  const shipped = loadPrecomputed()[exercise.id];
  if (scope === "public" && shipped !== undefined) return shipped;
  throw new Error(
    scope === "public"
      ? `exercise '${exercise.id}' has neither a reference answer nor precomputed expectations; rebuild the student edition (npm run release)`
      : `grading '${exercise.id}' needs the instructor's bank (with reference answers and hidden cases)`,
  );
}
