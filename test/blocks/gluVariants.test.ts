import { describe, expect, it } from "vitest";
import { activationNames } from "../../src/activations/activation";
import { gluVariants } from "../../src/blocks/gluVariants";

describe("gluVariants (Shazeer 2020, eq. 1 and §2)", () => {
  it("lists GLU, Bilinear, ReGLU, GEGLU and SwiGLU with the paper's gates, each name once", () => {
    expect(gluVariants.map((variant) => [variant.name, variant.activation])).toEqual([
      ["glu", "sigmoid"],
      ["bilinear", "identity"],
      ["reglu", "relu"],
      ["geglu", "gelu"],
      ["swiglu", "silu"],
    ]);
  });

  it("gates with registered activations and writes the gate on xW + b in its LaTeX", () => {
    for (const variant of gluVariants) {
      expect(activationNames()).toContain(variant.activation);
      expect(variant.latex).toContain("xW + b");
      expect(variant.latex).toContain(String.raw`\otimes (xV + c)`);
    }
  });
});
