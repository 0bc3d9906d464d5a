/**
 * The largest |f(x) − g(x)| over an interval, and where it occurs: how far an approximation strays
 * from the function it approximates (GELU's tanh form against xΦ(x), hard-swish against swish).
 * A dense grid finds the worst cell; golden-section search then refines the peak inside its two
 * neighbouring cells, so the reported maximum is not limited by the grid's spacing.
 */

export interface MaxDifference {
  /** The largest |f(x) − g(x)| found. */
  readonly maxError: number;
  /** Where it occurs. */
  readonly at: number;
}

const INVERSE_GOLDEN = (Math.sqrt(5) - 1) / 2;

function goldenSectionMaximum(h: (x: number) => number, low: number, high: number): number {
  let [a, b] = [low, high];
  for (let i = 0; i < 80 && b - a > 1e-14 * Math.max(1, Math.abs(a)); i++) {
    const left = b - INVERSE_GOLDEN * (b - a);
    const right = a + INVERSE_GOLDEN * (b - a);
    if (h(left) < h(right)) a = left;
    else b = right;
  }
  return (a + b) / 2;
}

export function maxAbsDifference(
  f: (x: number) => number,
  g: (x: number) => number,
  range: readonly [number, number],
  points = 2001,
): MaxDifference {
  const [low, high] = range;
  if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) {
    throw new Error(`maxAbsDifference: range must be [low, high] with finite low < high, got [${low}, ${high}]`);
  }
  if (!Number.isInteger(points) || points < 3) {
    throw new Error(`maxAbsDifference: points must be an integer ≥ 3, got ${points}`);
  }
  const gap = (x: number): number => Math.abs(f(x) - g(x));
  const step = (high - low) / (points - 1);
  let worstIndex = 0;
  let worst = -Infinity;
  for (let i = 0; i < points; i++) {
    const value = gap(low + i * step);
    // NaN means f or g is undefined there: report it rather than skip it.
    if (Number.isNaN(value)) return { maxError: NaN, at: low + i * step };
    if (value > worst) [worst, worstIndex] = [value, i];
  }
  const refined = goldenSectionMaximum(
    gap,
    Math.max(low, low + (worstIndex - 1) * step),
    Math.min(high, low + (worstIndex + 1) * step),
  );
  const refinedGap = gap(refined);
  return refinedGap > worst ? { maxError: refinedGap, at: refined } : { maxError: worst, at: low + worstIndex * step };
}
