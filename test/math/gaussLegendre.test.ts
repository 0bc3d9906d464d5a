import { describe, expect, it } from "vitest";
import { gaussLegendreRule, integrateGaussLegendre } from "../../src/math/gaussLegendre";

describe("Gauss–Legendre rules", () => {
  it("integrate x^k exactly on [−1, 1] up to degree 2n − 1", () => {
    for (const n of [1, 2, 5, 20]) {
      const { nodes, weights } = gaussLegendreRule(n);
      expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(2, 14);
      for (let k = 0; k < 2 * n; k++) {
        const integral = nodes.reduce((s, x, i) => s + weights[i] * x ** k, 0);
        expect(integral).toBeCloseTo(k % 2 ? 0 : 2 / (k + 1), 13);
      }
    }
  });
});

describe("integrateGaussLegendre", () => {
  it("integrates e^x on [0, 1] to e − 1 and sin on [0, π] to 2, to ~1e−15", () => {
    expect(Math.abs(integrateGaussLegendre(Math.exp, 0, 1) - (Math.E - 1))).toBeLessThan(1e-15);
    expect(Math.abs(integrateGaussLegendre(Math.sin, 0, Math.PI) - 2)).toBeLessThan(1e-14);
  });

  it("splits into panels for a kink: ∫|x| on [−1, 2] = 5/2 exactly once a panel edge sits on 0", () => {
    expect(integrateGaussLegendre(Math.abs, -1, 2, 5, 3)).toBeCloseTo(2.5, 14);
    // one panel straddling the kink is only approximate
    expect(Math.abs(integrateGaussLegendre(Math.abs, -1, 2, 5, 1) - 2.5)).toBeGreaterThan(1e-6);
  });
});
