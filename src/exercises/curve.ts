import { lineChartFigure } from "../plots/lineChartFigure";
import type { Figure } from "../plots/types";
import type { CaseResult, Exercise } from "./types";
import { toValue } from "./values";

/**
 * "Show the mistake": for a one-variable function exercise whose curve the notebook plots, the
 * learner's curve against the expected one, failing cases marked. The expected curve comes from the
 * reference (instructor edition) or from values `npm run release` precomputes (student edition).
 */
// 150 points: a grid step that is not a round binary fraction, so no curve value coincides with a
// hidden case's argument (the release test scans the student edition for those).
export const CURVE_POINTS = 150;

export function curveXs(exercise: Exercise): number[] {
  const [low, high] = exercise.curve?.range ?? [0, 0];
  return Array.from({ length: CURVE_POINTS }, (_, i) => low + ((high - low) * i) / (CURVE_POINTS - 1));
}

/** An answer's values on the curve grid (NaN where it throws or returns a non-number). */
export function curveValues(exercise: Exercise, answer: unknown): number[] {
  const extra = exercise.curve?.args ?? [];
  return curveXs(exercise).map((x) => {
    try {
      const value = toValue((answer as (...args: number[]) => unknown)(x, ...extra));
      return value.kind === "number" ? value.value : Number.NaN;
    } catch {
      return Number.NaN;
    }
  });
}

/** The student edition's expected curves, keyed by exercise id (JSON numbers; NaN becomes null). */
export function publicCurves(bank: readonly Exercise[]): Record<string, (number | null)[]> {
  return Object.fromEntries(
    bank
      .filter((exercise) => exercise.curve !== undefined && exercise.reference !== undefined)
      .map((exercise) => [
        exercise.id,
        curveValues(exercise, exercise.reference).map((y) => (Number.isFinite(y) ? y : null)),
      ]),
  );
}

export const PUBLIC_CURVES_FILE = "public-curves.json";

/** The failing public cases that lie on the drawn curve (same extra arguments, x in range). */
function failingPoints(exercise: Exercise, cases: readonly CaseResult[]): { x: number; y: number }[] {
  const [low, high] = exercise.curve?.range ?? [0, 0];
  const extra = exercise.curve?.args ?? [];
  return cases.flatMap((result) => {
    const [x, ...rest] = result.args;
    const sameRest = rest.length === extra.length && rest.every((arg, i) => arg === extra[i]);
    if (result.passed || typeof x !== "number" || x < low || x > high || !sameRest) return [];
    const y = result.actual?.kind === "number" ? result.actual.value : Number.NaN;
    return Number.isFinite(y) ? [{ x, y }] : [];
  });
}

/** The figure: expected (dashed), the answer (solid), failing cases as red crosses. */
export function mistakeFigure(
  exercise: Exercise,
  answer: unknown,
  expected: readonly (number | null)[],
  cases: readonly CaseResult[],
): Figure {
  const xs = curveXs(exercise);
  const finite = (ys: readonly (number | null)[]) => ys.map((y) => (y !== null && Number.isFinite(y) ? y : Number.NaN));
  const figure = lineChartFigure(
    [
      { name: "expected", x: xs, y: finite(expected), color: "#555555", dash: "dash" },
      { name: "your answer", x: xs, y: finite(curveValues(exercise, answer)), color: "#d62728" },
    ],
    { title: `${exercise.id}: your curve against the expected one`, xLabel: "x", yLabel: exercise.title },
  );
  const points = failingPoints(exercise, cases);
  if (points.length === 0) return figure;
  return {
    ...figure,
    data: [
      ...figure.data,
      {
        type: "scatter",
        mode: "markers",
        name: "failing cases",
        x: points.map((p) => p.x),
        y: points.map((p) => p.y),
        marker: { color: "#d62728", size: 11, symbol: "x" },
      },
    ],
  };
}

/** The expected curve where this edition has one: from the reference, or shipped with the student edition. */
export function expectedCurve(
  exercise: Exercise,
  shipped: Readonly<Record<string, readonly (number | null)[]>>,
): readonly (number | null)[] | undefined {
  if (exercise.curve === undefined) return undefined;
  if (exercise.reference !== undefined) return curveValues(exercise, exercise.reference);
  return shipped[exercise.id];
}

/** Answers as functions only: a produce over the curve would call numbers or strings. */
export const drawsCurve = (exercise: Exercise, answer: unknown): boolean =>
  exercise.kind === "function" && exercise.curve !== undefined && typeof answer === "function";
