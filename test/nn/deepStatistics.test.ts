import { describe, expect, it } from "vitest";
import { backwardStatistics, deepNetworkStatistics, forwardStatistics } from "../../src/index";

describe("forwardStatistics", () => {
  it("gives one record per layer with a histogram sample, deterministic in the seed", () => {
    const stats = forwardStatistics({ activation: "tanh", init: "xavier_normal", depth: 10, sampleSize: 100, seed: 1 });
    expect(stats.map((s) => s.layer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(stats.every((s) => s.sample.length === 100)).toBe(true);
    expect(
      forwardStatistics({ activation: "tanh", init: "xavier_normal", depth: 10, sampleSize: 100, seed: 1 }),
    ).toEqual(stats);
  });

  it("SELU with LeCun init keeps mean ≈ 0 and std ≈ 1 through 50 layers (Klambauer et al. 2017)", () => {
    const last = forwardStatistics({ activation: "selu", init: "he_lecun" }).at(-1);
    expect(Math.abs(last?.mean ?? NaN)).toBeLessThan(0.2);
    expect(Math.abs((last?.std ?? NaN) - 1)).toBeLessThan(0.2);
  });

  it("0.01·N(0,1) makes tanh activations collapse, N(0,1) makes them saturate", () => {
    const small = forwardStatistics({ activation: "tanh", init: "small_normal" });
    const large = forwardStatistics({ activation: "tanh", init: "standard_normal" });
    // Each layer multiplies the std by about 0.01·√48 ≈ 0.07.
    expect(small[9].std).toBeLessThan(1e-8);
    expect(large.at(-1)?.saturatedFraction).toBeGreaterThan(0.5);
  });

  it("counts dead ReLU units: a unit is dead when no sample in the batch activates it", () => {
    // With a batch of one sample, a ReLU unit is dead exactly where it is flat (z ≤ 0), so the two
    // fractions agree to the last bit, and about half the units are dead in every layer.
    const single = forwardStatistics({ activation: "relu", init: "he_lecun", depth: 10, batch: 1 });
    for (const layer of single) {
      expect(layer.deadFraction).toBe(layer.saturatedFraction);
      expect(layer.deadFraction).toBeGreaterThan(0.2);
      expect(layer.deadFraction).toBeLessThan(0.8);
    }
    // With 64 samples: in layer 1 (N(0, 1) inputs, symmetric) a unit is dead only if all 64 of its z
    // are ≤ 0, about 2⁻⁶⁴. Deeper, the inputs are ReLU outputs (≥ 0, correlated across samples), and
    // dead units pile up: about 40% of the last ten layers' units for this seed.
    const stats = forwardStatistics({ activation: "relu", init: "he_lecun" });
    expect(stats[0].deadFraction).toBe(0);
    const lastTen = stats.slice(-10).map((layer) => layer.deadFraction);
    expect(lastTen.reduce((a, b) => a + b, 0) / 10).toBeGreaterThan(0.25);
    for (const layer of stats) expect(layer.deadFraction).toBeLessThanOrEqual(layer.saturatedFraction);
    expect(forwardStatistics({ activation: "tanh", init: "he_lecun" }).every((s) => s.deadFraction === 0)).toBe(true);
  });
});

describe("backwardStatistics", () => {
  it("sigmoid gradients vanish through 50 layers (σ′ ≤ 1/4 per layer)", () => {
    const stats = backwardStatistics({ activation: "sigmoid", init: "xavier_normal" });
    expect(stats.length).toBe(50);
    expect(stats[0].gradWrtInputRms / (stats.at(-1)?.gradWrtInputRms ?? NaN)).toBeLessThan(1e-6);
  });

  it("agrees with deepNetworkStatistics, which shares one forward pass", () => {
    const options = { activation: "gelu", init: "he_lecun", depth: 8 };
    const both = deepNetworkStatistics(options);
    expect(both.backward).toEqual(backwardStatistics(options));
    expect(both.forward).toEqual(forwardStatistics(options));
  });
});
