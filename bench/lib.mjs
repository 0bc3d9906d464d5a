// Shared by the bench groups: the built core, and a tinybench run that returns median times.
import { createRequire } from "node:module";
import { join } from "node:path";
import { Bench } from "tinybench";
import { projectRoot } from "../scripts/lib/project.mjs";

const require = createRequire(import.meta.url);

/** The core as notebooks see it: dist/ (npm run bench runs setup first, which builds it). */
export const core = require(join(projectRoot, "dist", "index.js"));

/**
 * Median milliseconds per call of each task, with tinybench. `time` is each task's budget in ms;
 * at least `iterations` calls run, after a short warm-up so V8 has optimised the code.
 */
export async function medianMs(tasks, { time = 150, iterations = 5, warmupTime = 40 } = {}) {
  const bench = new Bench({ time, iterations, warmupTime, warmupIterations: 3 });
  for (const [name, fn] of tasks) bench.add(name, fn);
  await bench.run();
  return new Map(bench.tasks.map((task) => [task.name, task.result.latency?.p50]));
}

/** Seconds taken by one call of `fn` (awaited), for work too long to repeat (notebooks, a class). */
export async function secondsOf(fn) {
  const start = performance.now();
  const value = await fn();
  return { seconds: (performance.now() - start) / 1000, value };
}
