import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("softshrink", () => {
  it("is sign(x)·max(|x| − λ, 0), the proximal map of λ|x|, for λ = 0.5 and λ = 2", () => {
    for (const lambd of [0.5, 2]) {
      expectAgreesWith(
        "softshrink",
        { lambd },
        {
          f: (x) => Math.sign(x) * Math.max(Math.abs(x) - lambd, 0),
          df: (x) => (Math.abs(x) > lambd ? 1 : 0),
        },
        { tolerance: 0 },
      );
    }
  });

  it("zeroes [−λ, λ] and moves the rest toward 0 by λ", () => {
    const softshrink = activation("softshrink");
    expect([softshrink.f(0.5), softshrink.f(-0.5), softshrink.f(2), softshrink.f(-2)]).toEqual([0, 0, 1.5, -1.5]);
    expect(softshrink.f(Number.NaN)).toBeNaN();
  });
});
