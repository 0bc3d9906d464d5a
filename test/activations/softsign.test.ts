import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("softsign", () => {
  it("is x/(1 + |x|) with derivative 1/(1 + |x|)² (Bergstra et al. 2009)", () => {
    expectAgreesWith(
      "softsign",
      {},
      { f: (x) => x / (1 + Math.abs(x)), df: (x) => 1 / (1 + Math.abs(x)) ** 2 },
      { limit: 1e6, tolerance: 1e-15 },
    );
  });

  it("softsign(1) = 1/2, odd, and it approaches ±1 only polynomially", () => {
    const softsign = activation("softsign");
    expect(softsign.f(1)).toBe(0.5);
    expect(softsign.f(-3)).toBe(-softsign.f(3));
    expect(1 - softsign.f(99)).toBeCloseTo(0.01, 15);
  });
});
