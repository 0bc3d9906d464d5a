/**
 * Descriptive statistics over plain arrays, for the activation diagnostics the notebooks plot
 * (per-layer mean, std, saturated fraction, histograms). Empty inputs throw: a mean of nothing is
 * a bug upstream, not NaN to plot.
 */

function requireValues(what: string, values: ArrayLike<number>, atLeast = 1): void {
  if (values.length < atLeast) {
    throw new Error(`${what}: needs at least ${atLeast} value${atLeast === 1 ? "" : "s"}, got ${values.length}`);
  }
}

export function mean(values: ArrayLike<number>): number {
  requireValues("mean", values);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/** Σ(xᵢ − mean)², in two passes: subtracting the mean first avoids the cancellation of Σx² − n·mean². */
function sumOfSquaredDeviations(values: ArrayLike<number>): number {
  const centre = mean(values);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i] - centre) ** 2;
  return sum;
}

/** Population variance: Σ(xᵢ − x̄)² / n (numpy's default, `torch.var(x, correction=0)`). */
export function variance(values: ArrayLike<number>): number {
  requireValues("variance", values);
  return sumOfSquaredDeviations(values) / values.length;
}

/** Sample (unbiased) variance: Σ(xᵢ − x̄)² / (n − 1) (torch.var's default, Bessel's correction). */
export function sampleVariance(values: ArrayLike<number>): number {
  requireValues("sampleVariance", values, 2);
  return sumOfSquaredDeviations(values) / (values.length - 1);
}

/** Population standard deviation, √variance (divides by n). */
export function std(values: ArrayLike<number>): number {
  return Math.sqrt(variance(values));
}

/** Sample standard deviation, √sampleVariance (divides by n − 1). */
export function sampleStd(values: ArrayLike<number>): number {
  return Math.sqrt(sampleVariance(values));
}

/**
 * The q-quantile (q ∈ [0, 1]) by linear interpolation between order statistics at position q·(n − 1):
 * numpy's default method ("linear", Hyndman & Fan type 7), so quantile(x, 0.5) is the median.
 */
export function quantile(values: ArrayLike<number>, q: number): number {
  requireValues("quantile", values);
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile: q must be in [0, 1], got ${q}`);
  const sorted = Float64Array.from(values).sort();
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}

/** The fraction of values for which `predicate` holds, e.g. saturated units: fractionWhere(h, (v) => Math.abs(v) > 0.97). */
export function fractionWhere(values: ArrayLike<number>, predicate: (value: number) => boolean): number {
  requireValues("fractionWhere", values);
  let count = 0;
  for (let i = 0; i < values.length; i++) if (predicate(values[i])) count++;
  return count / values.length;
}

/** [min, max] of the values, ignoring NaN; a loop, because Math.min(...values) overflows the stack on big arrays. */
function extent(values: ArrayLike<number>): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < low) low = values[i];
    if (values[i] > high) high = values[i];
  }
  return [low, high];
}

export interface Histogram {
  /** bins + 1 increasing bin edges; bin i covers [edges[i], edges[i + 1]), the last bin also its right edge. */
  readonly edges: Float64Array;
  /** How many values fell in each bin. */
  readonly counts: Float64Array;
  /** Values outside [edges[0], edges[bins]] (only possible with an explicit range), and NaNs. */
  readonly outside: number;
}

export interface HistogramOptions {
  /** Number of equal-width bins (default 30). */
  readonly bins?: number;
  /** [low, high] of the edges; defaults to the data's [min, max]. */
  readonly range?: readonly [number, number];
}

/** Equal-width histogram, like numpy.histogram: half-open bins except the last, which is closed. */
export function histogram(values: ArrayLike<number>, { bins = 30, range }: HistogramOptions = {}): Histogram {
  requireValues("histogram", values);
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`histogram: bins must be a positive integer, got ${bins}`);
  let [low, high] = range ?? extent(values);
  if (!(Number.isFinite(low) && Number.isFinite(high) && low <= high)) {
    throw new Error(`histogram: range must be finite with low ≤ high, got [${low}, ${high}]`);
  }
  // A constant sample gets a unit-wide range around it (numpy does the same), so bins have width.
  if (low === high) [low, high] = [low - 0.5, high + 0.5];
  const width = (high - low) / bins;
  const edges = Float64Array.from({ length: bins + 1 }, (_, i) => (i === bins ? high : low + i * width));
  const counts = new Float64Array(bins);
  let outside = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!(value >= low && value <= high)) {
      outside++;
      continue;
    }
    // The fraction of the range, times bins: dividing by `width` instead fails for tiny ranges,
    // where width rounds to 0 (a range of subnormals split into 6 bins).
    counts[Math.min(Math.floor(((value - low) / (high - low)) * bins), bins - 1)]++;
  }
  return { edges, counts, outside };
}
