/** How far one computation is from another: the largest error over all entries, and where. */
export interface WorstError {
  /** Largest |actual − expected| (or that over |expected| when relative); Infinity for a NaN mismatch. */
  readonly error: number;
  /** The entry's location (a grid point x, or its index when no locations are given). */
  readonly at: number;
  readonly count: number;
}

/**
 * Entry by entry. Equal values (also equal infinities) have error 0; a NaN on either side that the
 * other side does not share is error Infinity, so a NaN can never pass a tolerance by comparing
 * false. The relative error divides by |expected|, or by 1 where |expected| < 1, so it never
 * divides by 0.
 */
export function worstError(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  { relative = false, locations }: { relative?: boolean; locations?: ArrayLike<number> } = {},
): WorstError {
  if (actual.length !== expected.length) {
    throw new Error(`worstError: actual has ${actual.length} entries, expected has ${expected.length}`);
  }
  if (actual.length === 0) throw new Error("worstError: nothing to compare (both sides are empty)");
  if (locations !== undefined && locations.length !== actual.length) {
    throw new Error(`worstError: ${locations.length} locations for ${actual.length} entries`);
  }
  let error = -1;
  let worstIndex = 0;
  for (let i = 0; i < actual.length; i++) {
    const entry = entryError(actual[i], expected[i], relative);
    if (entry > error) {
      error = entry;
      worstIndex = i;
    }
  }
  return { error, at: locations === undefined ? worstIndex : locations[worstIndex], count: actual.length };
}

function entryError(actual: number, expected: number, relative: boolean): number {
  if (actual === expected || (Number.isNaN(actual) && Number.isNaN(expected))) return 0;
  const absolute = Math.abs(actual - expected);
  if (Number.isNaN(absolute)) return Infinity;
  return relative ? absolute / Math.max(1, Math.abs(expected)) : absolute;
}
