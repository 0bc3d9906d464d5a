import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("leaky_relu", () => {
  it("is max(0, x) + negative_slope·min(0, x) (torch.nn.functional.leaky_relu), for several slopes", () => {
    for (const slope of [0.01, 0.2, 0.5]) {
      expectAgreesWith(
        "leaky_relu",
        { negative_slope: slope },
        { f: (x) => Math.max(0, x) + slope * Math.min(0, x), df: (x) => (x > 0 ? 1 : slope) },
        { tolerance: 0 },
      );
    }
  });

  it("defaults to slope 0.01, leaky_relu(−2) = −0.02, and df(0) = the slope as PyTorch", () => {
    const leaky = activation("leaky_relu");
    expect(leaky.f(-2)).toBe(-0.02);
    expect(leaky.df(0)).toBe(0.01);
    expect(activation("leaky_relu", { negative_slope: 0.2 }).df(0)).toBe(0.2);
  });
});
