import { describe, expect, it } from "vitest";
import { createRng, initScheme, initSchemeNames, initWeights } from "../../src/index";
import { variance } from "../../src/math/stats";

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
