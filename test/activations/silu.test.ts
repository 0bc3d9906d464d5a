import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("silu", () => {
  it("is x·σ(x) = x/(1 + e⁻ˣ), with derivative σ(x)(1 + x(1 − σ(x)))", () => {
    const s = (x: number) => 1 / (1 + Math.exp(-x));
    expectAgreesWith("silu", {}, { f: (x) => x / (1 + Math.exp(-x)), df: (x) => s(x) * (1 + x * (1 - s(x))) });
  });

  it("has its minimum −0.27846454276107380 at x* = −1 − W(1/e) = −1.2784645427610738", () => {
    const silu = activation("silu");
    expect(silu.f(1)).toBeCloseTo(0.7310585786300049, 16);
    expect(silu.f(-1.278464542761074)).toBeCloseTo(-0.2784645427610738, 15);
    expect(Math.abs(silu.df(-1.278464542761074))).toBeLessThan(1e-15);
  });
});
