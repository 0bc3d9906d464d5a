import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { QUICK_GELU_SCALE } from "../../src/activations/quickGelu";
import { expectAgreesWith } from "./agreesWith";

describe("quick_gelu", () => {
  it("is x·σ(1.702x) (CLIP's QuickGELU), with its derivative by the product rule", () => {
    expect(QUICK_GELU_SCALE).toBe(1.702);
    const s = (x: number) => 1 / (1 + Math.exp(-1.702 * x));
    expectAgreesWith(
      "quick_gelu",
      {},
      { f: (x) => x * s(x), df: (x) => s(x) + 1.702 * x * s(x) * (1 - s(x)) },
      { tolerance: 1e-14 },
    );
  });

  it("stays within 0.021 of the exact GELU", () => {
    const [quick, exact] = [activation("quick_gelu"), activation("gelu")];
    let worst = 0;
    for (let x = -6; x <= 6; x += 0.01) worst = Math.max(worst, Math.abs(quick.f(x) - exact.f(x)));
    expect(worst).toBeGreaterThan(0.015);
    expect(worst).toBeLessThan(0.021);
  });
});
