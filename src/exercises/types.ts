/**
 * The data an exercise is made of. An exercise is a plain object: the bank is a list of them, and
 * the kind (function, numeric, formula, choice) names the entry of `kinds.ts` that evaluates it.
 */

/** One argument of a function case: a number or a vector. */
export type CaseArg = number | readonly number[];
/** The arguments a function answer is called with (empty for numeric, formula and choice answers). */
export type Case = readonly CaseArg[];

/** What a learner's answer produced, copied into plain data so it can be compared and printed. */
export type Value =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "vector"; readonly values: readonly number[] }
  | { readonly kind: "matrix"; readonly rows: readonly (readonly number[])[] }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "other"; readonly description: string };

/** A plausible wrong answer the checker must reject, and the hint that answer should get. */
export interface Mistake {
  /** Short name used in tests and reports, e.g. "sqrt(pi/2) constant (seed note 004)". */
  readonly name: string;
  readonly answer: unknown;
  readonly hint: string;
  /**
   * The same mistake as a change to the exercise's `variant` parameters (e.g. { scale: √(π/2) }):
   * two mistakes that change different parameters combine, so an answer making both gets both hints.
   */
  readonly changes?: Readonly<Record<string, number | string | boolean>>;
}

/** The kind of thinking an exercise asks for (shown by `progress()`). */
export type Thinking = "derive" | "implement" | "predict" | "debug" | "choose";

/** ★ a direct application, ★★ a step the notebook does not show, ★★★ a derivation or design of one's own. */
export type Difficulty = 1 | 2 | 3;

export type ExerciseKind = "function" | "numeric" | "formula" | "choice";

export interface Exercise {
  /** Topic-prefixed id, e.g. "sigmoid-derivative". */
  readonly id: string;
  readonly kind: ExerciseKind;
  /** The notebook the exercise belongs to, e.g. "02-sigmoid-tanh" (groups `npm run progress`). */
  readonly notebook: string;
  readonly title: string;
  /**
   * The whole question as the learner sees it, in Markdown: data, sizes and (for choices) the
   * options are rendered from `options` below it. The notebook cell and the header of
   * exercises/<id>.ts are generated from it (scripts/exercise-cells.mjs), so it is the one source.
   */
  readonly statement: string;
  readonly thinking: Thinking;
  readonly difficulty: Difficulty;
  /** Estimated minutes for a learner meeting the topic for the first time. */
  readonly minutes: number;
  /**
   * Implement exercises: the actlab exports that would answer the question for the learner. `check`
   * and the grader (via `forbiddenCallsIn`) refuse answers that call them.
   */
  readonly forbids?: readonly string[];
  /**
   * One-variable function exercises whose curve the notebook plots: on failure `check` draws the
   * answer against the expected curve on this range, failing cases marked. `args` are the other
   * arguments (e.g. β), fixed for the drawing.
   */
  readonly curve?: { readonly range: readonly [number, number]; readonly args?: readonly number[] };
  /** Builds the answer with named parameters changed; mistakes with `changes` are such variants. */
  readonly variant?: (changes: Readonly<Record<string, number | string | boolean>>) => unknown;
  /** A notebook (the tour) that shows this exercise as a worked example: its solution stays in the student edition. */
  readonly workedExampleIn?: string;
  /** Where a new exercise goes in its notebook: after the first cell whose text contains this. */
  readonly placeAfter?: string;
  readonly points: number;
  /** What the learner starts from: a signature with a stub body, or the question's answer format. */
  readonly starter: string;
  /**
   * The reference answer (a function, a number, a mathjs expression or a choice letter). Written
   * between BEGIN/END SOLUTION markers, so the student edition has none (see `expected.ts`).
   */
  readonly reference?: unknown;
  /** Cases the learner's check runs (function kind: argument lists; formula kind: x values). */
  readonly publicCases: readonly Case[];
  /** Cases only grading runs; written between BEGIN/END HIDDEN markers. */
  readonly hiddenCases?: readonly Case[];
  /** Function and formula kinds: |actual − expected| ≤ absolute + relative·|expected|. */
  readonly tolerance?: { readonly absolute: number; readonly relative: number };
  /** Numeric kind: the answer must agree with the reference to this many significant digits. */
  readonly significantDigits?: number;
  /** Choice kind: the options, keyed by letter. */
  readonly options?: Readonly<Record<string, string>>;
  readonly mistakes: readonly Mistake[];
}

/** Which cases a check runs: the learner's instant check, or grading. */
export type Scope = "public" | "all";

/** The expected result of one case: a value, or (numeric and choice answers in the student edition) a digest. */
export type Expectation = { readonly value: Value } | { readonly digest: string };

export interface CaseResult {
  readonly args: Case;
  readonly hidden: boolean;
  readonly passed: boolean;
  readonly expected?: Value;
  readonly actual?: Value;
  /** The error the answer threw on this case. */
  readonly error?: string;
}

export interface CheckResult {
  readonly id: string;
  readonly title: string;
  readonly scope: Scope;
  readonly cases: readonly CaseResult[];
  readonly passed: boolean;
  readonly points: number;
  readonly maxPoints: number;
  /** Targeted hints (known mistakes first, then generic ones like overflow or a sign error). */
  readonly hints: readonly string[];
  /** A problem that stopped the check before any case ran (not implemented, wrong type...). */
  readonly problem?: string;
  /** Extra information, e.g. "mathjs confirms the formula symbolically". */
  readonly notes: readonly string[];
}
