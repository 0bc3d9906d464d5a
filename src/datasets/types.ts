import type { Matrix } from "../linear/matrix";

/** Points with class labels 0..classes−1; inputs is n×2, one point per row. */
export interface ClassificationData {
  readonly inputs: Matrix;
  readonly labels: Int32Array;
  readonly classes: number;
}

/** Points with real targets; inputs is n×1, one point per row, sorted by x for line plots. */
export interface RegressionData {
  readonly inputs: Matrix;
  readonly targets: Float64Array;
}

export interface DatasetOptions {
  /** Number of points (default 200). */
  readonly n?: number;
  /** Standard deviation of the Gaussian noise added (each dataset documents its default). */
  readonly noise?: number;
  readonly seed?: number;
}

export function checkDatasetOptions(what: string, n: number, noise: number): void {
  if (!Number.isInteger(n) || n < 1) throw new Error(`${what}: n must be a positive integer, got ${n}`);
  if (!(noise >= 0) || !Number.isFinite(noise))
    throw new Error(`${what}: noise must be a finite number ≥ 0, got ${noise}`);
}

/**
 * Builds n×2 points where point i belongs to class i mod classes: the classes interleave, are
 * balanced to within one point, and any prefix is a fair sample (no shuffling needed before a split).
 */
export function labelledPoints(
  n: number,
  classes: number,
  point: (label: number) => readonly [number, number],
): ClassificationData {
  const data = new Float64Array(2 * n);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const label = i % classes;
    const [x, y] = point(label);
    data[2 * i] = x;
    data[2 * i + 1] = y;
    labels[i] = label;
  }
  return { inputs: { rows: n, cols: 2, data }, labels, classes };
}
