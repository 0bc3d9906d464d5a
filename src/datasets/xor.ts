import { createRng } from "../numerics/random";
import { checkDatasetOptions, labelledPoints, type ClassificationData, type DatasetOptions } from "./types";

/**
 * Cluster centres and their class: the class is 1 where the coordinates' signs differ (x XOR y).
 * Classes alternate in this list, so the round-robin over clusters keeps the classes balanced.
 */
const XOR_CLUSTERS: readonly (readonly [number, number, number])[] = [
  [1, 1, 0],
  [1, -1, 1],
  [-1, -1, 0],
  [-1, 1, 1],
];

/** Four Gaussian clusters at (±1, ±1), class 1 at the off-diagonal ones (noise default 0.3). */
export function makeXor({ n = 200, noise = 0.3, seed = 0 }: DatasetOptions = {}): ClassificationData {
  checkDatasetOptions("makeXor", n, noise);
  const rng = createRng(seed);
  const clustered = labelledPoints(n, XOR_CLUSTERS.length, (cluster) => {
    const [centreX, centreY] = XOR_CLUSTERS[cluster];
    return [centreX + rng.normal(0, noise), centreY + rng.normal(0, noise)];
  });
  const labels = clustered.labels.map((cluster) => XOR_CLUSTERS[cluster][2]);
  return { inputs: clustered.inputs, labels, classes: 2 };
}
