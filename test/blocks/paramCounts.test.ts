import fc from "fast-check";
import { expect, it } from "vitest";
import { feedForwardParamCount, gluHiddenSizeMatchingFfn, gluParamCount } from "../../src/blocks/paramCounts";
import { randomFeedForwardParams } from "../../src/blocks/feedForward";
import { randomGluParams } from "../../src/blocks/glu";
import { createRng } from "../../src/numerics/random";

it("counts what the blocks actually hold: the sizes of their weight matrices and bias vectors", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 40 }), (dModel, dHidden) => {
      const rng = createRng(dModel * 100 + dHidden);
      const size = (params: object) =>
        Object.values(params).reduce(
          (sum: number, t: { length?: number; data?: Float64Array }) => sum + (t.data ?? t).length!,
          0,
        );
      expect(feedForwardParamCount({ dModel, dHidden })).toBe(size(randomFeedForwardParams(rng, dModel, dHidden)));
      expect(gluParamCount({ dModel, dHidden })).toBe(size(randomGluParams(rng, dModel, dHidden)));
    }),
  );
});

it("matches hand formulas: FFN 2·d·d_ff (+ d_ff + d biases), GLU 3·d·d_ff (+ 2·d_ff biases)", () => {
  expect(feedForwardParamCount({ dModel: 768, dHidden: 3072, bias: false })).toBe(4_718_592); // 2·768·3072
  expect(feedForwardParamCount({ dModel: 768, dHidden: 3072 })).toBe(4_718_592 + 3072 + 768);
  expect(gluParamCount({ dModel: 768, dHidden: 2048, bias: false })).toBe(4_718_592); // 3·768·2048
  expect(gluParamCount({ dModel: 768, dHidden: 2048 })).toBe(4_718_592 + 2 * 2048);
});

it("the 2/3 rule: Shazeer's GLU hidden size 2048 for d = 768 keeps the weight count of the 3072-wide FFN", () => {
  expect(gluHiddenSizeMatchingFfn(768)).toBe(2048);
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2000 }), (k) => {
      const dModel = 3 * k; // so 2/3·4d is an integer
      const dHidden = gluHiddenSizeMatchingFfn(dModel);
      expect(gluParamCount({ dModel, dHidden, bias: false })).toBe(
        feedForwardParamCount({ dModel, dHidden: 4 * dModel, bias: false }),
      );
    }),
  );
});
