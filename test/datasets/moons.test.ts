import { describe, expect, it } from "vitest";
import { makeMoons } from "../../src/datasets/moons";
import { describeClassificationGenerator, row } from "./classificationProperties";

describeClassificationGenerator("makeMoons", makeMoons);

describe("makeMoons's geometry (noise 0)", () => {
  it("moons: class 0 on the upper unit half circle, class 1 on it turned and shifted by (1, −0.5)", () => {
    const data = makeMoons({ n: 40, noise: 0 });
    data.labels.forEach((label, i) => {
      const [x, y] = row(data, i);
      const [cx, cy] = label === 0 ? [0, 0] : [1, 0.5];
      expect(Math.hypot(x - cx, y - cy)).toBeCloseTo(1, 12);
      expect(label === 0 ? y >= 0 : y <= 0.5).toBe(true);
    });
  });
});
