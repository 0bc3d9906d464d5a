import { describe, expect, it } from "vitest";
import { activation, erf, erfc, GELU_TANH_CUBIC, GELU_TANH_SCALE, SELU_ALPHA, SELU_SCALE } from "../../src/index";

// Published values: Klambauer et al. 2017 (SELU, eq. 14 and the authors' code); Hendrycks & Gimpel 2016 (GELU);
// erf/erfc from Abramowitz & Stegun table 7.1 and high-precision references.
describe("published constants", () => {
  it("SELU's α and λ are the paper's values to double precision", () => {
    expect(SELU_ALPHA).toBe(1.6732632423543772);
    expect(SELU_SCALE).toBe(1.0507009873554805);
  });

  it("GELU's tanh approximation uses √(2/π) and 0.044715", () => {
    expect(GELU_TANH_SCALE).toBeCloseTo(0.7978845608028654, 15);
    expect(GELU_TANH_CUBIC).toBe(0.044715);
  });

  it("erf and erfc match reference values, keeping relative accuracy in the tail", () => {
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 15);
    expect(erf(1)).toBeCloseTo(0.8427007929497149, 15);
    expect(erf(-2)).toBeCloseTo(-0.9953222650189527, 15);
    expect(erfc(5) / 1.5374597944280349e-12).toBeCloseTo(1, 12);
    expect(erfc(10) / 2.088487583762545e-45).toBeCloseTo(1, 12);
    expect(erfc(-1)).toBeCloseTo(1.8427007929497148, 15);
  });

  it("GELU matches torch.nn.functional.gelu at published points", () => {
    // x·Φ(x) with Φ(±1) from Abramowitz & Stegun table 26.1
    const exact = activation("gelu");
    expect(exact.f(1)).toBeCloseTo(0.8413447460685429, 15);
    expect(exact.f(-1)).toBeCloseTo(-0.15865525393145707, 15);
    expect(exact.f(3)).toBeCloseTo(3 * 0.99865010196837, 14); // Φ(3) = 0.998650101968370 (A&S 26.2)
    // the tanh form differs from the exact one by under 1e-3 at x = 1
    expect(Math.abs(activation("gelu", { approximate: "tanh" }).f(1) - exact.f(1))).toBeLessThan(2e-4);
  });
});
