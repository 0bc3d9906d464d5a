import { createRng } from "../numerics/random";
import { checkDatasetOptions, labelledPoints, type ClassificationData, type DatasetOptions } from "./types";

export interface CirclesOptions extends DatasetOptions {
  /** Inner radius relative to the outer one (scikit-learn's `factor`, default 0.5). */
  readonly factor?: number;
}

/** Two concentric circles (class 0 outer, radius 1; class 1 inner), as sklearn's make_circles (noise default 0.08). */
export function makeCircles({
  n = 200,
  noise = 0.08,
  seed = 0,
  factor = 0.5,
}: CirclesOptions = {}): ClassificationData {
  checkDatasetOptions("makeCircles", n, noise);
  if (!(factor > 0 && factor < 1)) throw new Error(`makeCircles: factor must be in (0, 1), got ${factor}`);
  const rng = createRng(seed);
  return labelledPoints(n, 2, (label) => {
    const radius = label === 0 ? 1 : factor;
    const angle = rng.uniformIn(0, 2 * Math.PI);
    return [radius * Math.cos(angle) + rng.normal(0, noise), radius * Math.sin(angle) + rng.normal(0, noise)];
  });
}
