import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("sigmoid", () => {
  it("is (1 + tanh(x/2))/2, with derivative σ(1 − σ)", () => {
    const s = (x: number) => (1 + Math.tanh(x / 2)) / 2;
    expectAgreesWith("sigmoid", {}, { f: s, df: (x) => s(x) * (1 - s(x)) }, { limit: 15, tolerance: 1e-15 });
  });

  it("σ(0) = 1/2, σ(1) = 0.7310585786300049, slope 1/4 at 0, and σ(−745) = 5e−324 (relative precision kept)", () => {
    const sigmoid = activation("sigmoid");
    expect([sigmoid.f(0), sigmoid.df(0)]).toEqual([0.5, 0.25]);
    expect(sigmoid.f(1)).toBeCloseTo(0.7310585786300049, 16);
    expect(sigmoid.f(-700) / Math.exp(-700)).toBeCloseTo(1, 14);
  });
});
