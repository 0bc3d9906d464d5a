import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("swish", () => {
  it("is x·σ(βx) for several β, with derivative βf(x) + σ(βx)(1 − βf(x))", () => {
    for (const beta of [0.5, 1, 2.5]) {
      const s = (x: number) => 1 / (1 + Math.exp(-beta * x));
      expectAgreesWith(
        "swish",
        { beta },
        {
          f: (x) => x * s(x),
          df: (x) => beta * x * s(x) + s(x) * (1 - beta * x * s(x)),
        },
        { tolerance: 1e-13 },
      );
    }
  });

  it("is SiLU for β = 1, and silu(βx)/β in general", () => {
    const silu = activation("silu");
    for (const x of [-3, -0.5, 0.7, 4]) {
      expect(activation("swish").f(x)).toBe(silu.f(x));
      expect(activation("swish", { beta: 2 }).f(x)).toBeCloseTo(silu.f(2 * x) / 2, 15);
    }
    // β = 0 is the linear x/2 and β → ∞ approaches ReLU (Ramachandran, Zoph & Le 2017, §4)
    expect(activation("swish", { beta: 0 }).f(3)).toBe(1.5);
    expect(activation("swish", { beta: 50 }).f(-1)).toBeCloseTo(0, 15);
  });
});
