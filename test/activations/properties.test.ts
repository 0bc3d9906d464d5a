import { describe, expect, it } from "vitest";
import { activationNames } from "../../src/activations/activation";
import { activationProperties } from "../../src/activations/properties";

describe("activationProperties", () => {
  it("reads the textbook ranges: ReLU [0, ∞), σ (0, 1), tanh (−1, 1), ReLU6 [0, 6], ELU (−α, ∞), Leaky ReLU ℝ", () => {
    const ranges = Object.fromEntries(
      ["relu", "sigmoid", "tanh", "relu6", "elu", "leaky_relu", "hardtanh"].map((name) => [
        name,
        activationProperties(name).range.text,
      ]),
    );
    expect(ranges).toEqual({
      relu: "[0, ∞)",
      sigmoid: "(0, 1)",
      tanh: "(−1, 1)",
      relu6: "[0, 6]",
      elu: "(−1, ∞)",
      leaky_relu: "(−∞, ∞)",
      hardtanh: "[−1, 1]",
    });
    expect(activationProperties("elu", { alpha: 2 }).range.low).toBe(-2);
  });

  it("finds GELU's dip (minimum −0.1700 near x = −0.75, Hendrycks & Gimpel 2016): bounded below, not monotonic", () => {
    const gelu = activationProperties("gelu");
    expect(gelu.range.low).toBeCloseTo(-0.17, 3);
    expect(gelu.range.lowAttained).toBe(true);
    expect(gelu.monotonic).toBe("no");
    expect(gelu.boundedBelow).toBe(true);
  });

  it("tells strict from non-strict monotonicity: σ increasing, ReLU non-decreasing (flat for x < 0)", () => {
    expect(activationProperties("sigmoid").monotonic).toBe("increasing");
    expect(activationProperties("relu").monotonic).toBe("non-decreasing");
  });

  it("measures E[f(X)] under N(0, 1): ReLU 1/√(2π), tanh 0, SELU 0 by construction (Klambauer et al. 2017)", () => {
    expect(activationProperties("relu").meanUnderNormal).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 12);
    for (const name of ["tanh", "selu"]) {
      expect(activationProperties(name).zeroCentred, name).toBe(true);
    }
    expect(activationProperties("elu").zeroCentred).toBe(false);
  });

  it("calls an activation smooth exactly when the registry lists no kink (ELU with α = 1 is C¹, α = 2 is not)", () => {
    expect(activationProperties("elu").smooth).toBe(true);
    expect(activationProperties("elu", { alpha: 2 }).smooth).toBe(false);
    expect(activationProperties("relu").smooth).toBe(false);
  });

  it("is consistent for every registered activation: bounds ordered, bounded below iff the low end is finite", () => {
    for (const name of activationNames()) {
      const { range, boundedBelow } = activationProperties(name);
      expect(range.low, name).toBeLessThan(range.high);
      expect(boundedBelow, name).toBe(Number.isFinite(range.low));
    }
  });
});
