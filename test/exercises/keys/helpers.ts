import { all, create, derivative as mathjsDerivative } from "mathjs";

/** mathjs with 64-digit BigNumbers: exp(±1000) and 1 − tanh² near 0 are exact to double precision. */
export const bigMath = create(all, { number: "BigNumber", precision: 64 });

/** A BigNumber expression evaluated at x (and other named values), rounded to the nearest double. */
export function bigEvaluate(expression: string, scope: Record<string, number>): number {
  const bigScope = Object.fromEntries(Object.entries(scope).map(([name, value]) => [name, bigMath.bignumber(value)]));
  return Number(bigMath.evaluate(expression, bigScope).toString());
}

/** A fourth-order central difference (error ~h⁴·f⁽⁵⁾ ≈ 1e−12 for smooth f at h = 1e−3). */
export function derivative(f: (x: number) => number, x: number, h = 1e-3): number {
  return (8 * (f(x + h) - f(x - h)) - (f(x + 2 * h) - f(x - 2 * h))) / (12 * h);
}

/** The one letter whose claim a measurement confirms; throws unless exactly one does. */
export function onlyTrue(claims: Readonly<Record<string, boolean>>): string {
  const letters = Object.entries(claims)
    .filter(([, holds]) => holds)
    .map(([letter]) => letter);
  if (letters.length !== 1)
    throw new Error(`expected exactly one true option, measured ${letters.join(", ") || "none"}`);
  return letters[0];
}

/** Minimum of a unimodal f on [low, high] by golden-section search (no derivative). */
export function goldenMinimum(f: (x: number) => number, low: number, high: number): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let [a, b] = [low, high];
  for (let i = 0; i < 200; i++) {
    const c = b - ratio * (b - a);
    const d = a + ratio * (b - a);
    if (f(c) < f(d)) b = d;
    else a = c;
  }
  return (a + b) / 2;
}

/** The smallest whole n ≥ 1 with predicate(n), by counting up. */
export function firstWhole(predicate: (n: number) => boolean, limit = 10_000): number {
  for (let n = 1; n <= limit; n++) if (predicate(n)) return n;
  throw new Error(`no n ≤ ${limit} satisfies the predicate`);
}

/** mathjs's own symbolic derivative of an expression in x, evaluated at x. */
export function symbolicDerivativeAt(expression: string, x: number): number {
  return mathjsDerivative(expression, "x").evaluate({ x }) as number;
}

/** The root of an increasing (or decreasing) f on [low, high], by bisection. */
export function root(f: (x: number) => number, low: number, high: number): number {
  const rising = f(high) > f(low);
  for (let i = 0; i < 200; i++) {
    const middle = (low + high) / 2;
    if (f(middle) < 0 === rising) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** A fourth-order second difference (error ~h⁴·f⁽⁶⁾/90 ≈ 1e−10 at h = 1e−2, rounding ~1e−12·|f|). */
export function secondDerivative(f: (x: number) => number, x: number, h = 1e-2): number {
  return (16 * (f(x + h) + f(x - h)) - (f(x + 2 * h) + f(x - 2 * h)) - 30 * f(x)) / (12 * h * h);
}
