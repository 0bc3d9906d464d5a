import { describe, expect, it } from "vitest";
import { shrinkDerivative, shrinkDerivativeLatex, shrinkKinks, shrinkParams } from "../../src/activations/shrink";

describe("the parts hardshrink and softshrink share", () => {
  it("slope 1 outside [−λ, λ], 0 on it (±λ included), NaN for NaN", () => {
    const lambd = 0.5;
    expect([-2, -0.5, -0.2, 0, 0.5, 0.51].map((x) => shrinkDerivative(x, { lambd }))).toEqual([1, 0, 0, 0, 0, 1]);
    expect(shrinkDerivative(Number.NaN, { lambd })).toBeNaN();
  });

  it("puts the kinks at ±λ, defaults λ to PyTorch's 0.5 and writes the derivative with λ", () => {
    expect(shrinkKinks({ lambd: 2 })).toEqual([-2, 2]);
    expect(shrinkParams.lambd.default).toBe(0.5);
    expect(shrinkDerivativeLatex({ lambd: 2 })).toContain("|x| > 2");
  });
});
