/**
 * Grids for checks. `gridBetween` uses the midpoints of `count` equal cells, so no point sits on a
 * round number where a kink (ReLU at 0, ReLU6 at 6) would make a finite difference meaningless;
 * `linspace` includes both ends, as numpy's does, for checks that must reach them.
 */
export function gridBetween(low: number, high: number, count = 400): number[] {
  requireGrid("gridBetween", low, high, count, 1);
  return Array.from({ length: count }, (_, i) => low + ((i + 0.5) * (high - low)) / count);
}

export function linspace(low: number, high: number, count: number): number[] {
  requireGrid("linspace", low, high, count, 2);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? high : low + (i * (high - low)) / (count - 1)));
}

function requireGrid(name: string, low: number, high: number, count: number, fewest: number): void {
  if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) {
    throw new Error(`${name}: need finite low < high, got [${low}, ${high}]`);
  }
  if (!Number.isInteger(count) || count < fewest) {
    throw new Error(`${name}: count must be a whole number ≥ ${fewest}, got ${count}`);
  }
}
