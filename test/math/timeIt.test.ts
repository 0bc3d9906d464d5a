import { expect, it } from "vitest";
import { timeIt } from "../../src/math/timeIt";

/** A clock that only moves when the timed function says so: the statistics become exact, whatever the machine's load. */
function fakeClock() {
  let now = 0;
  return { clock: () => now, advance: (ms: number) => (now += ms) };
}

it("reports 2 ms per call for a function that takes 2 ms, batching until the budget is spent", () => {
  const { clock, advance } = fakeClock();
  const timing = timeIt(() => advance(2), { minSeconds: 0.02, batchSeconds: 0.002, clock });
  expect(timing.callsPerRun).toBe(1);
  expect(timing.medianSeconds).toBeCloseTo(0.002, 12);
  expect(timing.fastestSeconds).toBeCloseTo(0.002, 12);
  expect(timing.runs).toBe(10); // 10 batches of 2 ms fill the 20 ms budget
});

it("batches calls shorter than the batch target, and reports the median batch per call", () => {
  const { clock, advance } = fakeClock();
  const costs = [0.5, 0.5, 0.5, 0.5, 5]; // every fifth call is slow, like a garbage collection
  let call = 0;
  const timing = timeIt(() => advance(costs[call++ % costs.length]), {
    minSeconds: 0.01,
    maxRuns: 3,
    batchSeconds: 0.002,
    clock,
  });
  expect(timing.callsPerRun).toBe(4); // 4 × 0.5 ms reaches the 2 ms batch target
  expect(timing.runs).toBe(3);
  expect(timing.fastestSeconds).toBeLessThanOrEqual(timing.medianSeconds);
  expect(timing.medianSeconds).toBeGreaterThan(0);
});

it("times real calls with a positive per-call time", () => {
  let counter = 0;
  const timing = timeIt(() => counter++, { minSeconds: 0.01 });
  expect(timing.callsPerRun).toBeGreaterThan(1);
  expect(timing.medianSeconds).toBeGreaterThan(0);
});
