import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("prelu", () => {
  it("is max(0, x) + weight·min(0, x) (torch.nn.functional.prelu)", () => {
    expectAgreesWith(
      "prelu",
      { weight: 0.3 },
      { f: (x) => Math.max(0, x) + 0.3 * Math.min(0, x), df: (x) => (x > 0 ? 1 : 0.3) },
      { tolerance: 0 },
    );
  });

  it("has ∂f/∂weight = min(0, x), the gradient that trains the slope", () => {
    const prelu = activation("prelu", { weight: 0.3 });
    for (const x of [-4, -0.5, 0, 0.5, 4]) expect(prelu.paramGradients.weight(x)).toBe(Math.min(0, x));
  });

  it("starts at PyTorch's initial weight 0.25, and df(0) = weight", () => {
    const prelu = activation("prelu");
    expect(prelu.f(-4)).toBe(-1);
    expect(prelu.df(0)).toBe(0.25);
  });
});
