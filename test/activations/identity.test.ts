import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { expectAgreesWith } from "./agreesWith";

describe("identity", () => {
  it("returns x itself with slope 1", () => {
    expectAgreesWith("identity", {}, { f: (x) => x, df: () => 1 }, { limit: 1e300, tolerance: 0 });
  });

  it("keeps −0, Infinity and NaN as they are", () => {
    const identity = activation("identity");
    expect(Object.is(identity.f(-0), -0)).toBe(true);
    expect(identity.f(Infinity)).toBe(Infinity);
    expect(identity.f(Number.NaN)).toBeNaN();
  });
});
