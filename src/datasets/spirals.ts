import { createRng } from "../numerics/random";
import { checkDatasetOptions, labelledPoints, type ClassificationData, type DatasetOptions } from "./types";

export interface SpiralsOptions extends DatasetOptions {
  /** Number of arms, one class each (default 3). */
  readonly arms?: number;
  /** How far each arm winds, in radians from centre to rim (default 4, as CS231n's example). */
  readonly sweep?: number;
}

/**
 * k interleaved spiral arms (Karpathy's CS231n example): point at radius r ∈ [0, 1) on arm j has
 * angle 2πj/k + sweep·r plus N(0, noise²) radians (noise default 0.2).
 */
export function makeSpirals({
  n = 300,
  noise = 0.2,
  seed = 0,
  arms = 3,
  sweep = 4,
}: SpiralsOptions = {}): ClassificationData {
  checkDatasetOptions("makeSpirals", n, noise);
  if (!Number.isInteger(arms) || arms < 2) throw new Error(`makeSpirals: arms must be an integer ≥ 2, got ${arms}`);
  const rng = createRng(seed);
  return labelledPoints(n, arms, (arm) => {
    const radius = rng.uniform();
    const angle = (2 * Math.PI * arm) / arms + sweep * radius + rng.normal(0, noise);
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  });
}
