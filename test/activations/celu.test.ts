import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("celu", () => {
  it("is max(0, x) + min(0, α(e^(x/α) − 1)) (torch.nn.functional.celu), for α = 1 and α = 2", () => {
    for (const alpha of [1, 2]) {
      expectAgreesWith(
        "celu",
        { alpha },
        {
          f: (x) => Math.max(0, x) + Math.min(0, alpha * (Math.exp(x / alpha) - 1)),
          df: (x) => (x > 0 ? 1 : Math.exp(x / alpha)),
        },
        { tolerance: 1e-15 },
      );
    }
  });

  it("equals ELU for α = 1 and is C¹ at 0 for every α (slope 1 from both sides)", () => {
    for (const x of [-3, -0.5, 0, 2]) expect(activation("celu").f(x)).toBeCloseTo(activation("elu").f(x), 15);
    expect(activation("celu", { alpha: 3 }).df(0)).toBe(1);
  });
});
