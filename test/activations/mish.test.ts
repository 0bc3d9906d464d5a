import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("mish", () => {
  it("is x·tanh(softplus(x)) (Misra 2019), with tanh(log(1 + eˣ)) = ((1 + eˣ)² − 1)/((1 + eˣ)² + 1)", () => {
    // the algebraic form: an independent way to write tanh(softplus(x)) for moderate x
    const tanhSoftplus = (x: number) => ((1 + Math.exp(x)) ** 2 - 1) / ((1 + Math.exp(x)) ** 2 + 1);
    expectAgreesWith("mish", {}, { f: (x) => x * tanhSoftplus(x) }, { limit: 15, tolerance: 1e-13 });
  });

  it("mish(1) = tanh(log(1 + e)) = 0.8650983882673103, and its minimum ≈ −0.30884 near x = −1.1924", () => {
    const mish = activation("mish");
    expect(mish.f(1)).toBeCloseTo(0.8650983882673103, 15);
    expect(mish.f(-1.1924)).toBeCloseTo(-0.30884, 5);
    expect(Math.abs(mish.df(-1.1924))).toBeLessThan(1e-3);
  });
});
