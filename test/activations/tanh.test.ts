import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("tanh", () => {
  it("is 2σ(2x) − 1, with derivative 1 − tanh²", () => {
    const t = (x: number) => 2 / (1 + Math.exp(-2 * x)) - 1;
    expectAgreesWith("tanh", {}, { f: t, df: (x) => 1 - t(x) ** 2 }, { limit: 10, tolerance: 1e-15 });
  });

  it("tanh(1) = 0.7615941559557649, slope 1 at 0, and the derivative keeps relative precision at x = 20", () => {
    const tanh = activation("tanh");
    expect(tanh.f(1)).toBeCloseTo(0.7615941559557649, 16);
    expect(tanh.df(0)).toBe(1);
    // 1 − tanh²(20) = 4e^(−40)/(1 + e^(−40))², which 1 − tanh(20)² would round to 0
    expect(tanh.df(20) / (4 * Math.exp(-40))).toBeCloseTo(1, 12);
  });
});
