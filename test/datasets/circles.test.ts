import { describe, expect, it } from "vitest";
import { makeCircles } from "../../src/datasets/circles";
import { describeClassificationGenerator, row } from "./classificationProperties";

describeClassificationGenerator("makeCircles", makeCircles);

describe("makeCircles's geometry (noise 0)", () => {
  it("circles: class 0 on the unit circle, class 1 on radius factor", () => {
    const data = makeCircles({ n: 40, noise: 0, factor: 0.3 });
    data.labels.forEach((label, i) => expect(Math.hypot(...row(data, i))).toBeCloseTo(label === 0 ? 1 : 0.3, 12));
  });
});
