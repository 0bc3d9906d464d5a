import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { SELU_ALPHA, SELU_SCALE } from "../../src/activations/selu";
import { expectAgreesWith } from "./agreesWith";

// Klambauer et al. 2017, eq. 14 and the authors' code: α ≈ 1.6732632423543772848170429916717,
// λ ≈ 1.0507009873554804934193349852946.
describe("selu", () => {
  it("uses the paper's α and λ to double precision", () => {
    expect(SELU_ALPHA).toBe(1.6732632423543772);
    expect(SELU_SCALE).toBe(1.0507009873554805);
  });

  it("is λ(max(0, x) + min(0, α(eˣ − 1))) (torch.nn.functional.selu)", () => {
    const [alpha, scale] = [1.6732632423543772, 1.0507009873554805];
    expectAgreesWith(
      "selu",
      {},
      {
        f: (x) => scale * (Math.max(0, x) + Math.min(0, alpha * (Math.exp(x) - 1))),
        df: (x) => (x > 0 ? scale : scale * alpha * Math.exp(x)),
      },
      { tolerance: 1e-15 },
    );
  });

  it("selu(−1) = λα(e⁻¹ − 1) = −1.1113307378125628, and df(0) = λα (the left derivative)", () => {
    const selu = activation("selu");
    expect(selu.f(-1)).toBeCloseTo(-1.1113307378125628, 15);
    expect(selu.df(0)).toBe(SELU_SCALE * SELU_ALPHA);
  });
});
