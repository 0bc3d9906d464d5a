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
