import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("hardswish", () => {
  it("is x·relu6(x + 3)/6 (Howard et al. 2019, eq. 4), slope x/3 + 1/2 in the middle", () => {
    expectAgreesWith(
      "hardswish",
      {},
      {
        f: (x) => (x * Math.min(Math.max(0, x + 3), 6)) / 6,
        df: (x) => (x < -3 ? 0 : x > 3 ? 1 : x / 3 + 0.5),
      },
      { tolerance: 1e-15 },
    );
  });

  it("hardswish(1) = 2/3, and the middle branch at ±3 (df = −1/2 and 3/2) as PyTorch's hardswish_backward", () => {
    const hardswish = activation("hardswish");
    expect(hardswish.f(1)).toBeCloseTo(2 / 3, 16);
    expect([hardswish.df(-3), hardswish.df(3)]).toEqual([-0.5, 1.5]);
  });
});
