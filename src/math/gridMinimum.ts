/**
 * Where a function of one variable is smallest on [low, high]: a scan with spacing `step`, then a
 * scan `refine` times finer over one step either side of the best point (within [low, high]). For objectives with no
 * derivative at hand and several kinks (a maximum error as a function of a constant), where Newton's
 * method does not apply; the answer is as good as the final spacing, step/refine.
 */
export function gridMinimum(
  objective: (p: number) => number,
  [low, high]: readonly [number, number],
  { step, refine = 20 }: { readonly step: number; readonly refine?: number },
): { at: number; value: number } {
  if (!(step > 0) || !(high >= low)) {
    throw new Error(`gridMinimum: need low ≤ high and step > 0, got [${low}, ${high}] and step ${step}`);
  }
  let best = { at: low, value: Infinity };
  const scan = (from: number, to: number, spacing: number): void => {
    for (let p = from; p <= to + spacing / 2; p += spacing) {
      const value = objective(p);
      if (value < best.value) best = { at: p, value };
    }
  };
  scan(low, high, step);
  scan(Math.max(low, best.at - step), Math.min(high, best.at + step), step / refine);
  return best;
}
