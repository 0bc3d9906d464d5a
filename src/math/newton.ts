/**
 * Newton's method for f(x) = 0: x ← x − f(x)/f′(x), quadratic near a simple root. The history of
 * iterates is returned so a notebook can show the digits doubling. For the minimum of a function g,
 * pass f = g′ and df = g″ (or "numeric", a central difference, when g″ has no formula in the core).
 */
import { centralDifference } from "../numerics/gradcheck";

export interface NewtonOptions {
  /** Stop when a step is at most tolerance·max(1, |x|) (default 1e−12). */
  readonly tolerance?: number;
  /** Give up after this many steps (default 50). */
  readonly maxIterations?: number;
}

export interface NewtonStep {
  readonly x: number;
  readonly fx: number;
}

export interface NewtonResult {
  readonly root: number;
  readonly converged: boolean;
  /** Why it stopped, in words (e.g. "step below tolerance", "derivative is zero or not finite"). */
  readonly reason: string;
  readonly iterations: number;
  /** Every iterate with its f value, starting at x0. */
  readonly history: readonly NewtonStep[];
}

export function newton(
  f: (x: number) => number,
  df: ((x: number) => number) | "numeric",
  x0: number,
  { tolerance = 1e-12, maxIterations = 50 }: NewtonOptions = {},
): NewtonResult {
  if (!Number.isFinite(x0)) throw new Error(`newton: starting point must be finite, got ${x0}`);
  const derivative = df === "numeric" ? (x: number) => centralDifference(f, x) : df;
  const history: NewtonStep[] = [];
  let x = x0;
  const finish = (converged: boolean, reason: string): NewtonResult => ({
    root: x,
    converged,
    reason,
    iterations: history.length - 1,
    history,
  });
  for (;;) {
    const fx = f(x);
    history.push({ x, fx });
    if (fx === 0) return finish(true, "f(x) = 0");
    if (history.length > maxIterations) return finish(false, "maxIterations reached");
    const slope = derivative(x);
    if (!(Number.isFinite(slope) && slope !== 0)) return finish(false, "derivative is zero or not finite");
    const step = fx / slope;
    x -= step;
    if (!Number.isFinite(x)) return finish(false, "iterate is not finite (diverged)");
    if (Math.abs(step) <= tolerance * Math.max(1, Math.abs(x))) {
      history.push({ x, fx: f(x) });
      return finish(true, "step below tolerance");
    }
  }
}
