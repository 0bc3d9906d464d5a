import { createRng } from "../numerics/random";
import { checkDatasetOptions, type DatasetOptions, type RegressionData } from "./types";

export interface CurveDatasetOptions extends DatasetOptions {
  /** The curve to sample (default Math.sin). */
  readonly f?: (x: number) => number;
  /** Interval x is drawn from, uniformly (default [−3, 3]). */
  readonly range?: readonly [number, number];
}

/** n points (x, f(x) + N(0, noise²)) with x uniform on `range`, sorted by x (noise default 0.1). */
export function makeCurve({
  n = 100,
  noise = 0.1,
  seed = 0,
  f = Math.sin,
  range = [-3, 3],
}: CurveDatasetOptions = {}): RegressionData {
  checkDatasetOptions("makeCurve", n, noise);
  const [low, high] = range;
  if (!(low < high)) throw new Error(`makeCurve: range must be [low, high] with low < high, got [${low}, ${high}]`);
  const rng = createRng(seed);
  const xs = rng.uniforms(n, low, high).sort();
  const targets = xs.map((x) => f(x) + rng.normal(0, noise));
  return { inputs: { rows: n, cols: 1, data: xs }, targets };
}
