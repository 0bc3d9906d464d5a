import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createRng,
  kaimingNormal,
  kaimingStd,
  kaimingUniform,
  lecunNormal,
  normalInit,
  xavierNormal,
  xavierStd,
  xavierUniform,
} from "../../src/index";
import { mean, variance } from "../../src/math/stats";

describe("init formulas (torch.nn.init)", () => {
  it("use the published standard deviations", () => {
    expect(xavierStd(100, 300)).toBeCloseTo(Math.sqrt(2 / 400), 15);
    expect(xavierStd(100, 300, 5 / 3)).toBeCloseTo((5 / 3) * Math.sqrt(2 / 400), 15);
    // PyTorch's kaiming defaults: a = 0, mode = "fan_in", nonlinearity = "leaky_relu" → √2/√fanIn.
    expect(kaimingStd(100, 300)).toBeCloseTo(Math.sqrt(2 / 100), 15);
    expect(kaimingStd(100, 300, { mode: "fan_out", nonlinearity: "relu" })).toBeCloseTo(Math.sqrt(2 / 300), 15);
    expect(kaimingStd(100, 300, { nonlinearity: "tanh" })).toBeCloseTo(5 / 3 / 10, 15);
    expect(kaimingStd(100, 300, { a: 0.2 })).toBeCloseTo(Math.sqrt(2 / 1.04) / 10, 15);
  });

  it("return fanIn×fanOut matrices (rows = inputs)", () => {
    const rng = createRng(1);
    for (const weights of [
      normalInit(3, 5, 1, rng),
      xavierNormal(3, 5, 1, rng),
      xavierUniform(3, 5, 1, rng),
      kaimingNormal(3, 5, {}, rng),
      kaimingUniform(3, 5, {}, rng),
      lecunNormal(3, 5, rng),
    ]) {
      expect([weights.rows, weights.cols, weights.data.length]).toEqual([3, 5, 15]);
    }
  });

  // For n draws the sample variance has relative standard error √(2/n) (normal) or √(0.8/n) (uniform):
  // 5 standard errors is a tolerance that fails on a wrong formula but not by chance.
  it("draw samples whose variance matches the formula within sampling error", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 300 }),
        fc.integer({ min: 100, max: 300 }),
        fc.nat(),
        (fanIn, fanOut, seed) => {
          const rng = createRng(seed);
          const tolerance = 5 * Math.sqrt(2 / (fanIn * fanOut));
          const cases: [number, ArrayLike<number>][] = [
            [xavierStd(fanIn, fanOut), xavierNormal(fanIn, fanOut, 1, rng).data],
            [xavierStd(fanIn, fanOut, 5 / 3), xavierUniform(fanIn, fanOut, 5 / 3, rng).data],
            [Math.sqrt(2 / fanIn), kaimingNormal(fanIn, fanOut, { nonlinearity: "relu" }, rng).data],
            [Math.sqrt(2 / fanOut), kaimingUniform(fanIn, fanOut, { mode: "fan_out" }, rng).data],
            [1 / Math.sqrt(fanIn), lecunNormal(fanIn, fanOut, rng).data],
          ];
          for (const [std, draws] of cases) {
            expect(Math.abs(variance(draws) / std ** 2 - 1)).toBeLessThan(tolerance);
            expect(Math.abs(mean(draws))).toBeLessThan((5 * std) / Math.sqrt(draws.length));
          }
        },
      ),
      { numRuns: 10 },
    );
  });

  it("keep uniform draws inside ±√3·std", () => {
    const weights = xavierUniform(50, 70, 1, createRng(3));
    const bound = Math.sqrt(6 / 120);
    expect(weights.data.every((w) => Math.abs(w) <= bound)).toBe(true);
    expect(Math.max(...weights.data.map(Math.abs))).toBeGreaterThan(0.95 * bound);
  });
});
