import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("logsigmoid", () => {
  it("is −log(1 + e⁻ˣ), with derivative 1 − σ(x) = 1/(1 + eˣ)", () => {
    expectAgreesWith(
      "logsigmoid",
      {},
      { f: (x) => -Math.log1p(Math.exp(-x)), df: (x) => 1 / (1 + Math.exp(x)) },
      { limit: 30, tolerance: 1e-15 },
    );
  });

  it("logsigmoid(0) = −log 2 and stays finite and exact at x = −1000 (= −1000)", () => {
    const logsigmoid = activation("logsigmoid");
    expect(logsigmoid.f(0)).toBe(-Math.LN2);
    expect(logsigmoid.f(-1000)).toBe(-1000);
    expect(logsigmoid.df(-1000)).toBe(1);
  });
});
