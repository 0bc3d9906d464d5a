import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

const relu = activation("relu");

describe("relu", () => {
  it("is max(0, x) with derivative 1 for x > 0 and 0 below (torch.nn.functional.relu)", () => {
    expectAgreesWith("relu", {}, { f: (x) => (x > 0 ? x : 0), df: (x) => (x > 0 ? 1 : 0) }, { tolerance: 0 });
  });

  it("splits x into its positive and negative parts: relu(x) − relu(−x) = x", () => {
    for (const x of [-3.5, -1e-300, 0.25, 7, 1e300]) expect(relu.f(x) - relu.f(-x)).toBe(x);
  });

  it("uses PyTorch's subgradient relu′(0) = 0, maps −0 to +0 and propagates NaN", () => {
    expect(relu.df(0)).toBe(0);
    expect(Object.is(relu.f(-0), 0)).toBe(true);
    expect(relu.f(Number.NaN)).toBeNaN();
    expect(relu.kinks).toEqual([0]);
  });
});
