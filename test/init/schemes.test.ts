import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createRng,
  initScheme,
  initSchemeNames,
  initWeights,
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

describe("the init scheme registry", () => {
  it("offers the four schemes notebook 07 loops over", () => {
    expect(initSchemeNames()).toEqual(
      expect.arrayContaining(["standard_normal", "small_normal", "xavier_normal", "he_lecun"]),
    );
    expect(initScheme("small_normal").label).toBe("0.01·N(0,1)");
  });

  it("picks LeCun for SELU and He with the activation's gain otherwise", () => {
    const layer = { fanIn: 64, fanOut: 32 };
    const he = initScheme("he_lecun");
    expect(he.std({ ...layer, activation: "selu" })).toBeCloseTo(1 / 8, 15);
    expect(he.std({ ...layer, activation: "relu" })).toBeCloseTo(Math.SQRT2 / 8, 15);
    expect(he.std({ ...layer, activation: "tanh" })).toBeCloseTo(5 / 3 / 8, 15);
    expect(he.std({ ...layer, activation: "leaky_relu", activationParams: { negative_slope: 0.2 } })).toBeCloseTo(
      Math.sqrt(2 / 1.04) / 8,
      15,
    );
    expect(initScheme("xavier_normal").std({ ...layer, activation: "relu" })).toBeCloseTo(Math.sqrt(2 / 96), 15);
  });

  it("draws every scheme's weights with the variance it states", () => {
    for (const name of initSchemeNames()) {
      const layer = { fanIn: 200, fanOut: 150, activation: "gelu" };
      const draws = initWeights(name, layer, createRng(11)).data;
      expect(Math.abs(variance(draws) / initScheme(name).std(layer) ** 2 - 1)).toBeLessThan(
        5 * Math.sqrt(2 / draws.length),
      );
    }
  });

  it("is deterministic in the seed", () => {
    const layer = { fanIn: 4, fanOut: 3, activation: "relu" };
    expect(initWeights("he_lecun", layer, createRng(5)).data).toEqual(
      initWeights("he_lecun", layer, createRng(5)).data,
    );
    expect(initWeights("he_lecun", layer, createRng(5)).data).not.toEqual(
      initWeights("he_lecun", layer, createRng(6)).data,
    );
  });

  it("suggests a scheme name for a typo", () => {
    expect(() => initScheme("xavier_norml")).toThrow(/did you mean 'xavier_normal'\? known: standard_normal/);
  });
});
