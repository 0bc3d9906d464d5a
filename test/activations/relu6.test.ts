import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("relu6", () => {
  it("is min(max(0, x), 6) with slope 1 strictly between 0 and 6 (torch.nn.functional.relu6)", () => {
    expectAgreesWith(
      "relu6",
      {},
      { f: (x) => Math.min(Math.max(0, x), 6), df: (x) => (x > 0 && x < 6 ? 1 : 0) },
      { tolerance: 0 },
    );
  });

  it("has df = 0 at both clamp points, as PyTorch's hardtanh_backward", () => {
    const relu6 = activation("relu6");
    expect([relu6.df(0), relu6.df(6), relu6.f(6), relu6.f(7)]).toEqual([0, 0, 6, 6]);
    expect(relu6.kinks).toEqual([0, 6]);
  });
});
