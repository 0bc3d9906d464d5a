/**
 * Finite differences and gradient checks. The central difference has error O(h²) from truncation
 * and O(ε/h) from rounding; h = ε^(1/3)·max(1, |x|) balances the two (Nocedal & Wright, §8.1),
 * leaving about 1e−10 relative error for smooth functions.
 */
import type { Matrix } from "../linear/matrix";

const CUBE_ROOT_EPSILON = Math.cbrt(Number.EPSILON);

function stepFor(x: number): number {
  return CUBE_ROOT_EPSILON * Math.max(1, Math.abs(x));
}

/** (f(x + h) − f(x − h)) / 2h. */
export function centralDifference(f: (x: number) => number, x: number, step = stepFor(x)): number {
  return (f(x + step) - f(x - step)) / (2 * step);
}

/** The numerical gradient of a scalar function of a vector. */
export function numericGradient(f: (x: Float64Array) => number, x: ArrayLike<number>): Float64Array {
  const point = Float64Array.from(x);
  return point.map((xi, i) => {
    const step = stepFor(xi);
    point[i] = xi + step;
    const forward = f(point);
    point[i] = xi - step;
    const backward = f(point);
    point[i] = xi;
    return (forward - backward) / (2 * step);
  });
}

/** The numerical Jacobian (rows = outputs, columns = inputs) of a vector function, row-major. */
export function numericJacobian(f: (x: Float64Array) => ArrayLike<number>, x: ArrayLike<number>): Matrix {
  const point = Float64Array.from(x);
  const rows = f(point).length;
  const cols = point.length;
  const data = new Float64Array(rows * cols);
  for (let j = 0; j < cols; j++) {
    const xj = point[j];
    const step = stepFor(xj);
    point[j] = xj + step;
    const forward = Float64Array.from(f(point));
    point[j] = xj - step;
    const backward = f(point);
    point[j] = xj;
    for (let i = 0; i < rows; i++) data[i * cols + j] = (forward[i] - backward[i]) / (2 * step);
  }
  return { rows, cols, data };
}

export interface GradientCheckReport {
  /** Largest |analytic − numeric| and the index or point where it occurred. */
  readonly worstAbsoluteError: number;
  readonly worstAbsoluteAt: number;
  /** Largest |analytic − numeric| / max(|analytic|, |numeric|, tiny) and where it occurred. */
  readonly worstRelativeError: number;
  readonly worstRelativeAt: number;
  /** Whether every entry is within `tolerance` in absolute or in relative terms. */
  readonly passed: boolean;
  readonly tolerance: number;
}

/** Compares analytic values with numeric ones entry by entry; `locations` name each entry. */
export function compareGradients(
  analytic: ArrayLike<number>,
  numeric: ArrayLike<number>,
  tolerance = 1e-6,
  locations: ArrayLike<number> = Array.from({ length: analytic.length }, (_, i) => i),
): GradientCheckReport {
  if (analytic.length !== numeric.length) {
    throw new Error(`compareGradients: analytic has ${analytic.length} entries, numeric has ${numeric.length}`);
  }
  let worstAbsoluteError = 0;
  let worstAbsoluteAt = NaN;
  let worstRelativeError = 0;
  let worstRelativeAt = NaN;
  let passed = true;
  for (let i = 0; i < analytic.length; i++) {
    const absolute = Math.abs(analytic[i] - numeric[i]);
    const relative = absolute / Math.max(Math.abs(analytic[i]), Math.abs(numeric[i]), Number.MIN_VALUE);
    // NaN compares false everywhere, so it is caught explicitly: a NaN gradient never passes.
    if (Number.isNaN(absolute) || (absolute > tolerance && relative > tolerance)) passed = false;
    if (!(absolute <= worstAbsoluteError)) [worstAbsoluteError, worstAbsoluteAt] = [absolute, locations[i]];
    if (!(relative <= worstRelativeError)) [worstRelativeError, worstRelativeAt] = [relative, locations[i]];
  }
  return { worstAbsoluteError, worstAbsoluteAt, worstRelativeError, worstRelativeAt, passed, tolerance };
}

/** Checks a scalar derivative df against central differences of f at each point. */
export function checkDerivative(
  f: (x: number) => number,
  df: (x: number) => number,
  points: ArrayLike<number>,
  tolerance = 1e-6,
): GradientCheckReport {
  const xs = Array.from(points);
  return compareGradients(
    xs.map(df),
    xs.map((x) => centralDifference(f, x)),
    tolerance,
    xs,
  );
}

/** Checks the gradient of a scalar function of a vector at one point; locations are coordinate indices. */
export function checkGradient(
  f: (x: Float64Array) => number,
  gradient: (x: Float64Array) => ArrayLike<number>,
  x: ArrayLike<number>,
  tolerance = 1e-6,
): GradientCheckReport {
  return compareGradients(gradient(Float64Array.from(x)), numericGradient(f, x), tolerance);
}
