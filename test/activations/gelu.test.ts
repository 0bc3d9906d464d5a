import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { GELU_TANH_CUBIC, GELU_TANH_SCALE } from "../../src/activations/gelu";
import { expectAgreesWith } from "./agreesWith";

describe("gelu", () => {
  it("uses √(2/π) and 0.044715 in its tanh form (Hendrycks & Gimpel 2016, §2)", () => {
    expect(GELU_TANH_SCALE).toBeCloseTo(0.7978845608028654, 15);
    expect(GELU_TANH_CUBIC).toBe(0.044715);
  });

  it("matches x·Φ(x) at published points (Φ from Abramowitz & Stegun tables 26.1, 26.2)", () => {
    const exact = activation("gelu");
    expect(exact.f(1)).toBeCloseTo(0.8413447460685429, 15);
    expect(exact.f(-1)).toBeCloseTo(-0.15865525393145707, 15);
    expect(exact.f(3)).toBeCloseTo(3 * 0.99865010196837, 14);
    // the tanh form differs from the exact one by under 2e−4 at x = 1
    expect(Math.abs(activation("gelu", { approximate: "tanh" }).f(1) - exact.f(1))).toBeLessThan(2e-4);
  });

  it("satisfies gelu(x) − gelu(−x) = x, because Φ(x) + Φ(−x) = 1", () => {
    const gelu = activation("gelu");
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
        expect(Math.abs(gelu.f(x) - gelu.f(-x) - x)).toBeLessThanOrEqual(4e-16 * Math.max(1, Math.abs(x)));
      }),
    );
  });

  it("writes its tanh form as x·σ(2u): ½x(1 + tanh u) = x/(1 + e^(−2u))", () => {
    const u = (x: number) => Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3);
    expectAgreesWith(
      "gelu",
      { approximate: "tanh" },
      { f: (x) => x / (1 + Math.exp(-2 * u(x))) },
      { limit: 8, tolerance: 1e-15 },
    );
  });
});
