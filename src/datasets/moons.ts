import { createRng } from "../numerics/random";
import { checkDatasetOptions, labelledPoints, type ClassificationData, type DatasetOptions } from "./types";

/** Two interleaving half circles, as sklearn's make_moons (noise default 0.1). */
export function makeMoons({ n = 200, noise = 0.1, seed = 0 }: DatasetOptions = {}): ClassificationData {
  checkDatasetOptions("makeMoons", n, noise);
  const rng = createRng(seed);
  return labelledPoints(n, 2, (label) => {
    const t = rng.uniformIn(0, Math.PI);
    // The lower moon is the upper one turned half a circle and shifted by (1, −0.5) into its hollow.
    const [x, y] = label === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
    return [x + rng.normal(0, noise), y + rng.normal(0, noise)];
  });
}
