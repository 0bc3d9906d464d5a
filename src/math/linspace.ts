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
