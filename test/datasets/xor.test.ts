import { describe, expect, it } from "vitest";
import { makeXor } from "../../src/datasets/xor";
import { describeClassificationGenerator, row } from "./classificationProperties";

describeClassificationGenerator("makeXor", makeXor);

describe("makeXor's geometry (noise 0)", () => {
  it("xor: points sit at (±1, ±1), class 1 exactly where the signs differ", () => {
    const data = makeXor({ n: 40, noise: 0 });
    data.labels.forEach((label, i) => {
      const [x, y] = row(data, i);
      expect([Math.abs(x), Math.abs(y)]).toEqual([1, 1]);
      expect(label).toBe(Math.sign(x) === Math.sign(y) ? 0 : 1);
    });
  });
});
