/** `count` evenly spaced numbers from `start` to `stop`, both included (like numpy.linspace). */
export function linspace(start: number, stop: number, count: number): number[] {
  if (!Number.isInteger(count) || count < 2) throw new Error(`linspace: count must be an integer ≥ 2, got ${count}`);
  if (!Number.isFinite(start) || !Number.isFinite(stop)) {
    throw new Error(`linspace: start and stop must be finite, got ${start} and ${stop}`);
  }
  const step = (stop - start) / (count - 1);
  // The end points are start and stop exactly: start + (count-1)·step can miss stop by rounding.
  return Array.from({ length: count }, (_, i) => (i === 0 ? start : i === count - 1 ? stop : start + i * step));
}

/** A plain array copy: Plotly wants arrays, and JSON.stringify turns a Float64Array into an object. */
export function toNumbers(values: ArrayLike<number>): number[] {
  return Array.from(values);
}

/** Checks an [low, high] interval a builder is given, naming the option in the error. */
export function checkRange(what: string, range: readonly [number, number]): void {
  const [low, high] = range;
  if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) {
    throw new Error(`${what} must be [low, high] with finite low < high, got [${low}, ${high}]`);
  }
}
