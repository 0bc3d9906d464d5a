import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matrix, type Matrix } from "../../src/linear/matrix";
import { createRng } from "../../src/numerics/random";
import { dyt, dytBackward, DYT_DEFAULT_ALPHA } from "../../src/norm/dyt";
import { checkBlockGradients } from "../blocks/checkBlockGradients";
import { expectMatchesTorch, matrixArbitrary, torchFixture } from "./normTestKit";

type DytParams = { alpha: Float64Array; gamma: Float64Array; beta: Float64Array };
const forward = ({ alpha, gamma, beta }: DytParams, x: Matrix) => dyt(x, { alpha: alpha[0], gamma, beta }).output;

describe("dyt: γ ⊙ tanh(αx) + β (Zhu et al., CVPR 2025)", () => {
  it("matches PyTorch autograd of the formula (float64 fixture), α's gradient included", () => {
    const torch = torchFixture();
    const result = dyt(torch.inputMatrix, { alpha: torch.alpha, gamma: torch.gamma, beta: torch.beta });
    const grads = dytBackward(result, torch.gradOutputMatrix);
    expectMatchesTorch(torch.dyt, result.output, grads);
  });

  it("stays within β ± |γ| and is odd in x when β = 0, with slope αγ at 0", () => {
    fc.assert(
      fc.property(matrixArbitrary(2, 3, 100), fc.double({ min: 0.01, max: 10, noNaN: true }), (x, alpha) => {
        const gamma = [2, -1, 0.5];
        const y = dyt(x, { alpha, gamma, beta: [1, 0, -1] }).output;
        y.data.forEach((v, i) => expect(Math.abs(v - [1, 0, -1][i % 3])).toBeLessThanOrEqual(Math.abs(gamma[i % 3])));
        const negated = dyt(
          matrix(
            2,
            3,
            x.data.map((v) => -v),
          ),
          { alpha },
        ).output;
        const plain = dyt(x, { alpha }).output;
        negated.data.forEach((v, i) => expect(Math.abs(v + plain.data[i])).toBe(0));
      }),
    );
    const h = 1e-6;
    const slope =
      (dyt(matrix(1, 1, [h]), { alpha: 0.3, gamma: [2] }).output.data[0] -
        dyt(matrix(1, 1, [-h]), { alpha: 0.3, gamma: [2] }).output.data[0]) /
      (2 * h);
    expect(slope).toBeCloseTo(0.6, 9);
    expect(DYT_DEFAULT_ALPHA).toBe(0.5);
  });

  it("backward matches central differences for x, α, γ and β", () => {
    for (const seed of [10, 11]) {
      const rng = createRng(seed);
      const params = { alpha: Float64Array.of(0.5 + rng.uniform()), gamma: rng.normals(4), beta: rng.normals(4) };
      const x = matrix(3, 4, rng.normals(12, 0, 2));
      const gradOutput = matrix(3, 4, rng.normals(12));
      const g = dytBackward(dyt(x, { alpha: params.alpha[0], gamma: params.gamma, beta: params.beta }), gradOutput);
      const reports = checkBlockGradients(forward, params, x, gradOutput, {
        x: g.gradInput,
        alpha: Float64Array.of(g.gradAlpha),
        gamma: g.gradGamma,
        beta: g.gradBeta,
      });
      for (const [name, report] of Object.entries(reports)) expect(report.passed, `${name} (seed ${seed})`).toBe(true);
    }
  });

  it("rejects a non-finite α", () => {
    expect(() => dyt(matrix(1, 1, [1]), { alpha: Number.NaN })).toThrow("dyt: alpha must be a finite number");
  });
});
