import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("tanhshrink", () => {
  it("is x − tanh x, with derivative tanh² x", () => {
    expectAgreesWith(
      "tanhshrink",
      {},
      { f: (x) => x - Math.tanh(x), df: (x) => Math.tanh(x) ** 2 },
      { tolerance: 1e-15 },
    );
  });

  it("is flat to third order at 0: tanhshrink(x) ≈ x³/3", () => {
    expect(activation("tanhshrink").f(1e-3) / (1e-9 / 3)).toBeCloseTo(1, 5);
  });
});
