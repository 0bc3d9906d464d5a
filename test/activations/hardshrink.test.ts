import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("hardshrink", () => {
  it("keeps x where |x| > λ and zeroes the rest, for λ = 0.5 and λ = 2", () => {
    for (const lambd of [0.5, 2]) {
      expectAgreesWith(
        "hardshrink",
        { lambd },
        {
          f: (x) => (Math.abs(x) > lambd ? x : 0),
          df: (x) => (Math.abs(x) > lambd ? 1 : 0),
        },
        { tolerance: 0 },
      );
    }
  });

  it("jumps at ±λ, where f and df are 0 (PyTorch's convention), and propagates NaN", () => {
    const hardshrink = activation("hardshrink");
    expect([hardshrink.f(0.5), hardshrink.f(0.5000001), hardshrink.df(0.5), hardshrink.df(-0.5)]).toEqual([
      0, 0.5000001, 0, 0,
    ]);
    expect(hardshrink.f(Number.NaN)).toBeNaN();
  });
});
