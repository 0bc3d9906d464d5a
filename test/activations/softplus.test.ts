import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("softplus", () => {
  it("is log(1 + e^(βx))/β, linear above the threshold βx > 20 (torch.nn.functional.softplus)", () => {
    for (const beta of [1, 2]) {
      expectAgreesWith(
        "softplus",
        { beta },
        {
          f: (x) => (beta * x > 20 ? x : Math.log(1 + Math.exp(beta * x)) / beta),
          df: (x) => (beta * x > 20 ? 1 : 1 / (1 + Math.exp(-beta * x))),
        },
        { limit: 30, tolerance: 1e-14 },
      );
    }
  });

  it("softplus(0) = log 2, softplus(x) − softplus(−x) = x, and it is finite at x = −1000", () => {
    const softplus = activation("softplus");
    expect(softplus.f(0)).toBe(Math.LN2);
    for (const x of [-5, -0.3, 2, 10]) expect(softplus.f(x) - softplus.f(-x)).toBeCloseTo(x, 14);
    expect(softplus.f(-1000)).toBe(0);
  });
});
