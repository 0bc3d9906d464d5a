import { interpretCase, produceHere } from "./produce";
import { kinds } from "./kinds";
import type { CaseResult, Exercise, Mistake, Value } from "./types";
import { describeShape, formatArgs, numbersOf, sameShape } from "./values";

/** Arguments this large make a naive exp overflow; a non-finite answer there is an overflow. */
const LARGE_INPUT = 50;

/**
 * A known mistake explains a failure when, on every failing case, the answer produced what the
 * mistake produces. Mistakes are trusted bank code, so they run in-process even when grading.
 */
function mistakeExplains(exercise: Exercise, answer: unknown, failing: readonly CaseResult[]): boolean {
  const produce = produceHere(exercise, answer);
  return failing.every((result) => {
    const mistaken = interpretCase(exercise, produce(result.args), result.args);
    if ("error" in mistaken || result.actual === undefined) return false;
    return kinds[exercise.kind].matches(result.actual, mistaken.value, exercise);
  });
}

const argsText = (result: CaseResult): string => formatArgs(result.args);
const isLarge = (result: CaseResult): boolean =>
  result.args.some((arg) => (typeof arg === "number" ? [arg] : arg).some((x) => Math.abs(x) >= LARGE_INPUT));
const hasNonFinite = (value: Value | undefined): boolean =>
  value !== undefined && numbersOf(value).some((x) => !Number.isFinite(x));
const hasNaN = (value: Value | undefined): boolean => value !== undefined && numbersOf(value).some(Number.isNaN);

/** Generic diagnoses, each a predicate on one failing case and the hint it gives. */
const genericHints: readonly {
  /** Whether the diagnosis needs every failing case to fit (else one is enough). */
  every?: boolean;
  applies(result: CaseResult): boolean;
  hint(result: CaseResult): string;
}[] = [
  {
    applies: (r) => r.error !== undefined,
    hint: (r) => `your answer threw an error on (${argsText(r)}): ${r.error}`,
  },
  {
    applies: (r) => r.actual?.kind === "other" && r.actual.description.includes("undefined"),
    hint: () => "your function returned undefined: is a `return` missing?",
  },
  {
    applies: (r) => r.actual !== undefined && r.expected !== undefined && !sameShape(r.actual, r.expected),
    hint: (r) => `wrong shape: expected ${describeShape(r.expected as Value)}, got ${describeShape(r.actual as Value)}`,
  },
  {
    applies: (r) => hasNaN(r.expected) && !hasNaN(r.actual),
    hint: (r) =>
      `NaN must propagate: for (${argsText(r)}) return NaN (every comparison with NaN is false, so a branch can swallow it)`,
  },
  {
    applies: (r) => isLarge(r) && hasNonFinite(r.actual) && !hasNonFinite(r.expected),
    hint: (r) =>
      `overflow at large |x|: for (${argsText(r)}) you return a non-finite value where the answer is finite; Math.exp(710) is already Infinity, so rearrange the formula so exp only sees non-positive arguments`,
  },
  {
    applies: (r) => !isLarge(r) && hasNaN(r.actual) && !hasNaN(r.expected),
    hint: (r) =>
      `your answer is NaN for (${argsText(r)}): look for 0/0, Infinity − Infinity or a log of a negative number`,
  },
  {
    // Only when EVERY failing case is sign-flipped: one flipped value among many is a coincidence.
    every: true,
    applies: (r) => {
      if (r.actual === undefined || r.expected === undefined || !sameShape(r.actual, r.expected)) return false;
      const actual = numbersOf(r.actual);
      const expected = numbersOf(r.expected);
      return (
        expected.some((x) => x !== 0) && expected.every((x, i) => Math.abs(actual[i] + x) <= 1e-9 + 1e-7 * Math.abs(x))
      );
    },
    hint: () => "a sign error: your values are the negatives of the expected ones",
  },
];

/** Pairs of mistakes that change different parameters of the exercise's `variant`: they can be made together. */
export function mistakePairs(exercise: Exercise): [Mistake, Mistake][] {
  const changing = exercise.mistakes.filter((mistake) => mistake.changes !== undefined);
  return changing.flatMap((first, i) =>
    changing
      .slice(i + 1)
      .filter((second) => Object.keys(second.changes ?? {}).every((key) => !(key in (first.changes ?? {}))))
      .map((second): [Mistake, Mistake] => [first, second]),
  );
}

/** The answer that makes both mistakes of a pair. */
export function combinedAnswer(exercise: Exercise, [first, second]: [Mistake, Mistake]): unknown {
  return exercise.variant?.({ ...first.changes, ...second.changes });
}

/**
 * The hints for a failed check: every known mistake the answer matches, else every pair of known
 * mistakes it makes at once (the notes' GELU with both √(π/2) and no leading x), then generic diagnoses.
 */
export function hintsFor(exercise: Exercise, cases: readonly CaseResult[]): string[] {
  const failing = cases.filter((c) => !c.passed);
  const single = exercise.mistakes
    .filter((mistake) => failing.length > 0 && mistakeExplains(exercise, mistake.answer, failing))
    .map((mistake) => mistake.hint);
  const paired =
    single.length > 0 || failing.length === 0 || exercise.variant === undefined
      ? []
      : mistakePairs(exercise)
          .filter((pair) => mistakeExplains(exercise, combinedAnswer(exercise, pair), failing))
          .flatMap(([first, second]) => [`two mistakes at once. First: ${first.hint}`, `second: ${second.hint}`]);
  const mistakeHints = [...single, ...paired];
  const generic = genericHints.flatMap(({ every, applies, hint }) => {
    const first = failing.find(applies);
    return first && (!every || failing.every(applies)) ? [hint(first)] : [];
  });
  return [...new Set([...mistakeHints, ...generic])];
}
