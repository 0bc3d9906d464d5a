import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("hardtanh", () => {
  it("clamps x to [min_val, max_val] with slope 1 strictly inside, for the default and other bounds", () => {
    for (const [low, high] of [
      [-1, 1],
      [-2, 0.5],
    ]) {
      expectAgreesWith(
        "hardtanh",
        { min_val: low, max_val: high },
        {
          f: (x) => Math.min(Math.max(x, low), high),
          df: (x) => (x > low && x < high ? 1 : 0),
        },
        { tolerance: 0 },
      );
    }
  });

  it("has df = 0 at both clamp points and rejects min_val ≥ max_val", () => {
    const hardtanh = activation("hardtanh");
    expect([hardtanh.df(-1), hardtanh.df(1), hardtanh.f(-5), hardtanh.f(5)]).toEqual([0, 0, -1, 1]);
    expect(() => activation("hardtanh", { min_val: 1, max_val: 1 })).toThrow(/min_val \(1\) must be less than max_val/);
  });
});
