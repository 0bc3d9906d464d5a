import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("elu", () => {
  it("is max(0, x) + min(0, α(eˣ − 1)) (torch.nn.functional.elu), for α = 1 and α = 0.5", () => {
    for (const alpha of [1, 0.5]) {
      expectAgreesWith(
        "elu",
        { alpha },
        {
          f: (x) => Math.max(0, x) + Math.min(0, alpha * (Math.exp(x) - 1)),
          // for x ≤ 0: d/dx α(eˣ − 1) = αeˣ
          df: (x) => (x > 0 ? 1 : alpha * Math.exp(x)),
        },
        { tolerance: 1e-15 },
      );
    }
  });

  it("elu(−1) = e⁻¹ − 1 = −0.6321205588285577, saturates at −α, and df(0) = α (the left derivative)", () => {
    expect(activation("elu").f(-1)).toBeCloseTo(-0.6321205588285577, 16);
    expect(activation("elu", { alpha: 2 }).f(-50)).toBeCloseTo(-2, 15);
    expect(activation("elu", { alpha: 2 }).df(0)).toBe(2);
    expect(activation("elu", { alpha: 2 }).kinks).toEqual([0]);
    expect(activation("elu").kinks).toEqual([]); // α = 1: both one-sided slopes are 1
  });

  it("keeps digits near 0 where eˣ − 1 would cancel (expm1)", () => {
    expect(activation("elu").f(-1e-10)).toBeCloseTo(-1e-10 + 5e-21, 30);
  });
});
