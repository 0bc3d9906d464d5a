/**
 * The properties a comparison table lists for an activation (range, monotonic, smooth, zero-centred,
 * bounded below), measured from the registered function itself rather than typed by hand, so a
 * table built from them cannot drift from the definitions. Each property says how it was measured.
 */
import { activation } from "./activation";
import type { ActivationNameArgument, ActivationParamsArgument } from "./activation";
import { gaussianExpectation } from "../math/gaussianExpectation";

export interface ActivationRange {
  readonly low: number;
  readonly high: number;
  /** Whether f takes the bound at a finite x (a closed end) or only approaches it (an open end). */
  readonly lowAttained: boolean;
  readonly highAttained: boolean;
  /** Interval notation, e.g. "[0, ∞)", "(−1, 1)", "[−0.17, ∞)" (bounds to 4 significant digits). */
  readonly text: string;
}

export interface ActivationProperties {
  readonly name: string;
  readonly range: ActivationRange;
  /** "increasing" (strictly), "non-decreasing" (flat somewhere, like ReLU for x < 0) or "no". */
  readonly monotonic: "increasing" | "non-decreasing" | "no";
  /** Continuously differentiable: the registry lists no kink for these parameters. */
  readonly smooth: boolean;
  /** E[f(X)] for X ~ N(0, 1), by quadrature. */
  readonly meanUnderNormal: number;
  /** |E[f(X)]| < ZERO_CENTRED_TOLERANCE for X ~ N(0, 1). */
  readonly zeroCentred: boolean;
  readonly boundedBelow: boolean;
}

/** How close to 0 the mean output under N(0, 1) inputs must be to count as zero-centred. */
export const ZERO_CENTRED_TOLERANCE = 0.01;

// Every registered activation has its extrema and kinks within [−8, 8]; beyond it only limits matter.
// ±8 (not further) keeps asymptotes open: tanh(±20) already rounds to ±1 in double precision.
const GRID_LIMIT = 8;
const GRID_STEP = 0.01;
// Limits are read at ±FAR. f is unbounded on a side when it still moves by more than 1 between FAR
// and 2·FAR there (a slope of 1e−8 or more, as Leaky ReLU's 0.01); an asymptote has settled by then.
const FAR = 1e8;

const formatBound = (value: number): string =>
  Number.isFinite(value) ? String(Number(value.toPrecision(4))).replace("-", "−") : value > 0 ? "∞" : "−∞";

/** The value f settles to on one side (sign ±1), or ±Infinity when it keeps growing there. */
function limitTowards(f: (x: number) => number, side: number): number {
  const near = f(side * FAR);
  const drift = f(2 * side * FAR) - near;
  return Math.abs(drift) > 1 ? Math.sign(drift) * Infinity : near;
}

function measureRange(values: readonly number[], limits: readonly number[]): ActivationRange {
  const gridLow = Math.min(...values);
  const gridHigh = Math.max(...values);
  const low = Math.min(gridLow, ...limits);
  const high = Math.max(gridHigh, ...limits);
  const lowAttained = gridLow <= low;
  const highAttained = gridHigh >= high;
  const text = `${lowAttained ? "[" : "("}${formatBound(low)}, ${formatBound(high)}${highAttained ? "]" : ")"}`;
  return { low, high, lowAttained, highAttained, text };
}

function measureMonotonic(values: readonly number[]): ActivationProperties["monotonic"] {
  let strictly = true;
  for (let i = 1; i < values.length; i++) {
    const rise = values[i] - values[i - 1];
    if (rise < 0) return "no";
    if (rise === 0) strictly = false;
  }
  return strictly ? "increasing" : "non-decreasing";
}

/** Measures the table properties of a registered activation (names and parameters typed as in `activation`). */
export function activationProperties<S extends string>(
  name: ActivationNameArgument<S>,
  params?: ActivationParamsArgument<S>,
): ActivationProperties;
export function activationProperties(name: string, params?: Readonly<Record<string, unknown>>): ActivationProperties {
  const act = activation(name, params);
  const count = Math.round((2 * GRID_LIMIT) / GRID_STEP) + 1;
  const grid = Array.from({ length: count }, (_, i) => -GRID_LIMIT + i * GRID_STEP);
  const gridValues = grid.map(act.f);
  const range = measureRange(gridValues, [limitTowards(act.f, -1), limitTowards(act.f, 1)]);
  const meanUnderNormal = gaussianExpectation(act.f, { kinks: act.kinks });
  return {
    name: act.name,
    range,
    monotonic: measureMonotonic([act.f(-FAR), ...gridValues, act.f(FAR)]),
    smooth: act.kinks.length === 0,
    meanUnderNormal,
    zeroCentred: Math.abs(meanUnderNormal) < ZERO_CENTRED_TOLERANCE,
    boundedBelow: Number.isFinite(range.low),
  };
}
