import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("hardsigmoid", () => {
  it("is relu6(x + 3)/6 with slope 1/6 strictly inside (−3, 3) (torch.nn.functional.hardsigmoid)", () => {
    expectAgreesWith(
      "hardsigmoid",
      {},
      {
        f: (x) => Math.min(Math.max(0, x + 3), 6) / 6,
        df: (x) => (x > -3 && x < 3 ? 1 / 6 : 0),
      },
      { tolerance: 1e-15 },
    );
  });

  it("passes 1/2 at 0 and has df = 0 at ±3", () => {
    const hardsigmoid = activation("hardsigmoid");
    expect([hardsigmoid.f(0), hardsigmoid.df(-3), hardsigmoid.df(3), hardsigmoid.f(3)]).toEqual([0.5, 0, 0, 1]);
  });
});
