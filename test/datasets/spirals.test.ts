import { describe, expect, it } from "vitest";
import { makeSpirals } from "../../src/datasets/spirals";
import { describeClassificationGenerator, row } from "./classificationProperties";

describeClassificationGenerator("makeSpirals", makeSpirals);

describeClassificationGenerator("makeSpirals (5 arms)", (options) => makeSpirals({ ...options, arms: 5 }));

describe("makeSpirals's geometry (noise 0)", () => {
  it("spirals: arm j at radius r has angle 2πj/k + 4r", () => {
    const arms = 4;
    const data = makeSpirals({ n: 40, noise: 0, arms });
    data.labels.forEach((arm, i) => {
      const [x, y] = row(data, i);
      const radius = Math.hypot(x, y);
      const angle = (2 * Math.PI * arm) / arms + 4 * radius;
      expect(radius).toBeLessThan(1);
      expect(x).toBeCloseTo(radius * Math.cos(angle), 12);
      expect(y).toBeCloseTo(radius * Math.sin(angle), 12);
    });
  });
});
