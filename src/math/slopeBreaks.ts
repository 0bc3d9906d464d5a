/**
 * Where a function of one variable bends: sample it on a grid and report where the slope of one
 * grid segment differs from the next. Meant for piecewise-linear functions (a ReLU network of one
 * input), whose slope is exactly constant between kinks, so only rounding (~1e−13) changes it there.
 * A smooth function changes slope by about h·|f″| in every segment: it shows breaks everywhere
 * unless the tolerance exceeds that, which is the point when contrasting ReLU with tanh.
 */

export interface SlopeBreak {
  /** Where the slope changes, to within one grid step (midpoint of the segment when it falls inside one). */
  readonly x: number;
  /** Slope to the right minus slope to the left. */
  readonly slopeChange: number;
}

export interface SlopeBreakOptions {
  /** Grid points across the range (default 2001). */
  readonly points?: number;
  /** Smallest slope change reported, relative to max(1, |slope|) (default 1e−6). */
  readonly tolerance?: number;
}

export function slopeBreaks(
  f: (x: number) => number,
  [low, high]: readonly [number, number],
  { points = 2001, tolerance = 1e-6 }: SlopeBreakOptions = {},
): SlopeBreak[] {
  if (!(low < high) || !Number.isFinite(low) || !Number.isFinite(high)) {
    throw new Error(`slopeBreaks: range must be [low, high] with finite low < high, got [${low}, ${high}]`);
  }
  if (!Number.isInteger(points) || points < 3)
    throw new Error(`slopeBreaks: points must be an integer ≥ 3, got ${points}`);
  const step = (high - low) / (points - 1);
  const xs = Array.from({ length: points }, (_, i) => low + i * step);
  const ys = xs.map(f);
  const slopes = Array.from({ length: points - 1 }, (_, i) => (ys[i + 1] - ys[i]) / step);
  const changeAt = (i: number): number => slopes[i] - slopes[i - 1]; // at grid point i, 1 ≤ i < slopes.length
  const isBreak = (i: number): boolean =>
    i >= 1 && i < slopes.length && Math.abs(changeAt(i)) > tolerance * Math.max(1, Math.abs(slopes[i - 1]));
  const breaks: SlopeBreak[] = [];
  let absorbedUpTo = 0; // the last grid point whose change is already counted in a break
  for (let i = 1; i < slopes.length; i++) {
    if (!isBreak(i)) continue;
    // A kink strictly inside segment i changes the slope at both of its ends (grid points i and
    // i + 1), by parts summing to the true jump: report one break, mid-segment. Only pairs merge, so
    // a smooth curve still shows a break in every other segment.
    if (isBreak(i + 1)) {
      breaks.push({ x: (xs[i] + xs[i + 1]) / 2, slopeChange: changeAt(i) + changeAt(i + 1) });
      absorbedUpTo = i + 1;
      i++;
      continue;
    }
    // A kink at grid point i, or so close to it that the other end of its segment changed by less
    // than the tolerance: that small part is still part of the jump, so the neighbours' changes are
    // added (elsewhere they are rounding, ~1e−13). Without them a kink 1e−9 from a grid point lost
    // up to `tolerance` of its slope change.
    const before = i - 1 > absorbedUpTo ? changeAt(i - 1) : 0;
    const after = i + 1 < slopes.length ? changeAt(i + 1) : 0;
    breaks.push({ x: xs[i], slopeChange: before + changeAt(i) + after });
    absorbedUpTo = i + 1;
  }
  return breaks;
}
