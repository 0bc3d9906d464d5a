import { describe, expect, it } from "vitest";
import { deepNetworkStatistics } from "../../src/nn/deepStatistics";
import { normalizedDeepStatistics } from "../../src/norm/normalizedDeepStatistics";
import { normalization, normalizationNames } from "../../src/norm/registry";

const small = { depth: 12, width: 16, batch: 16, seed: 3 };

describe("normalizedDeepStatistics", () => {
  it("without a normalisation reproduces notebook 07's deepNetworkStatistics layer by layer", () => {
    const plain = normalizedDeepStatistics({ activation: "tanh", init: "standard_normal", ...small });
    const reference = deepNetworkStatistics({ activation: "tanh", init: "standard_normal", ...small }).forward;
    plain.forEach((layer, l) => {
      expect(layer.mean).toBeCloseTo(reference[l].mean, 12);
      expect(layer.std).toBeCloseTo(reference[l].std, 12);
      expect(layer.saturatedFraction).toBe(reference[l].saturatedFraction);
      expect(layer.deadFraction).toBe(reference[l].deadFraction);
    });
  });

  it("with a norm before the activation, the activation's input has std 1 in every layer, whatever the init", () => {
    for (const norm of ["batch_norm", "layer_norm"]) {
      for (const init of ["standard_normal", "small_normal"]) {
        const layers = normalizedDeepStatistics({ activation: "tanh", init, norm, ...small });
        // std = √(σ²/(σ² + ε)): just under 1, and visibly so only when σ² itself is near ε = 1e-5.
        for (const layer of layers) {
          expect(layer.preActivationStd, `${norm}, ${init}`).toBeLessThanOrEqual(1 + 1e-12);
          expect(layer.preActivationStd, `${norm}, ${init}`).toBeGreaterThan(0.98);
        }
      }
    }
  });

  it("BatchNorm before ReLU leaves no dead unit: a standardised column always has a positive entry", () => {
    for (const init of ["standard_normal", "xavier_normal"]) {
      const layers = normalizedDeepStatistics({ activation: "relu", init, norm: "batch_norm", ...small });
      expect(layers.map((l) => l.deadFraction)).toEqual(layers.map(() => 0));
    }
  });

  it("after the activation, the activation's input scale is set by the weights: √n·std(w) for N(0, 1) weights", () => {
    const layers = normalizedDeepStatistics({
      activation: "tanh",
      init: "standard_normal",
      norm: "layer_norm",
      placement: "after",
      ...small,
    });
    // From layer 2 on the layer's input has unit mean square per row, so z = h·W has std ≈ √16 = 4.
    for (const layer of layers.slice(1)) expect(layer.preActivationStd).toBeGreaterThan(3);
  });

  it("rejects an unknown placement or normalisation, with suggestions", () => {
    expect(() =>
      normalizedDeepStatistics({ activation: "relu", init: "he_lecun", placement: "middle" as "before" }),
    ).toThrow('placement must be "before" or "after"');
    expect(() => normalization("layernorm")).toThrow("did you mean 'layer_norm'?");
    expect(normalizationNames()).toEqual(["batch_norm", "layer_norm", "rms_norm", "dyt"]);
  });
});
