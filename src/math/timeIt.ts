/**
 * Wall-clock timing of a function, in the spirit of Python's timeit: calls are grouped into
 * batches long enough for the clock to resolve (a single fast call is below its resolution), and
 * the median batch is reported, because a garbage collection or another process only slows
 * some batches. The default budget is small so a notebook cell stays well under a second.
 */
import { performance } from "node:perf_hooks";
import { mean, median } from "./stats";

export interface TimeItOptions {
  /** Keep measuring until this much time has been spent (default 0.05 s)… */
  readonly minSeconds?: number;
  /** …or this many batches have run (default 50), whichever comes first; at least 3 batches run. */
  readonly maxRuns?: number;
  /** Aim for batches of about this many seconds (default 0.002 s). */
  readonly batchSeconds?: number;
  /** Milliseconds since some origin (default performance.now); injectable so tests need no real timing. */
  readonly clock?: () => number;
}

export interface Timing {
  /** Median over batches of seconds per call: the number to compare. */
  readonly medianSeconds: number;
  readonly fastestSeconds: number;
  readonly meanSeconds: number;
  /** Batches measured and calls per batch. */
  readonly runs: number;
  readonly callsPerRun: number;
  readonly totalSeconds: number;
}

export function timeIt(
  fn: () => unknown,
  { minSeconds = 0.05, maxRuns = 50, batchSeconds = 0.002, clock = () => performance.now() }: TimeItOptions = {},
): Timing {
  // Calling fn for one batch's worth of time warms up the JIT and counts how many calls fill a batch.
  let callsPerRun = 0;
  let start = clock();
  do {
    fn();
    callsPerRun++;
  } while (clock() - start < batchSeconds * 1000);
  const perCall: number[] = [];
  const began = clock();
  while (perCall.length < 3 || (perCall.length < maxRuns && (clock() - began) / 1000 < minSeconds)) {
    start = clock();
    for (let call = 0; call < callsPerRun; call++) fn();
    perCall.push((clock() - start) / 1000 / callsPerRun);
  }
  return {
    medianSeconds: median(perCall),
    fastestSeconds: Math.min(...perCall),
    meanSeconds: mean(perCall),
    runs: perCall.length,
    callsPerRun,
    totalSeconds: (clock() - began) / 1000,
  };
}
