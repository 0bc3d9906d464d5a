import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matrix, type Matrix } from "../../src/linear/matrix";
import { rmsNorm, rmsNormBackward } from "../../src/norm/rmsNorm";
import {
  expectGradientsMatch,
  expectMatchesTorch,
  matrixArbitrary,
  maxGap,
  randomNormCase,
  rowMoments,
  torchFixture,
} from "./normTestKit";

const forward = (params: { gamma: Float64Array }, x: Matrix) => rmsNorm(x, params).output;
const meanSquares = (m: Matrix) => rowMoments(m).map(({ mean, variance }) => variance + mean ** 2);
const awayFromZero = (m: Matrix) => meanSquares(m).every((ms) => ms > 0.01);

describe("rmsNorm (Zhang & Sennrich 2019)", () => {
  it("matches PyTorch autograd of γ ⊙ x/√(mean(x²) + ε) (float64 fixture)", () => {
    const torch = torchFixture();
    const result = rmsNorm(torch.inputMatrix, { gamma: torch.gamma });
    const grads = rmsNormBackward(result, torch.gradOutputMatrix);
    expectMatchesTorch(torch.rmsNorm, result.output, grads);
  });

  it("gives every row mean square 1 (γ = 1, ε = 0) but keeps its mean's sign", () => {
    fc.assert(
      fc.property(matrixArbitrary(4, 5).filter(awayFromZero), (x) => {
        const y = rmsNorm(x, { eps: 0 }).output;
        for (const ms of meanSquares(y)) expect(Math.abs(ms - 1)).toBeLessThan(1e-12);
        rowMoments(x).forEach(({ mean }, r) => {
          if (Math.abs(mean) > 1e-9) expect(Math.sign(rowMoments(y)[r].mean)).toBe(Math.sign(mean));
        });
      }),
    );
  });

  it("is invariant to scaling a row by a > 0 and, unlike LayerNorm, not to shifting it", () => {
    fc.assert(
      fc.property(
        matrixArbitrary(3, 4).filter(awayFromZero),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (x, a) => {
          const scaled = matrix(
            x.rows,
            x.cols,
            x.data.map((v) => a * v),
          );
          expect(maxGap(rmsNorm(scaled, { eps: 0 }).output.data, [...rmsNorm(x, { eps: 0 }).output.data])).toBeLessThan(
            1e-12,
          );
        },
      ),
    );
    const x = matrix(1, 3, [1, 2, 3]);
    const shifted = matrix(1, 3, [11, 12, 13]);
    expect(maxGap(rmsNorm(x).output.data, [...rmsNorm(shifted).output.data])).toBeGreaterThan(0.1);
  });

  it("backward matches central differences for x and γ, and Σ x ⊙ ∂L/∂x = 0 per row (scale invariance)", () => {
    for (const seed of [7, 8, 9]) {
      const { params: withBeta, x, gradOutput } = randomNormCase(seed, 3, 5, 0.5);
      const params = { gamma: withBeta.gamma };
      const g = rmsNormBackward(rmsNorm(x, params), gradOutput);
      expectGradientsMatch(`seed ${seed}`, forward, params, x, gradOutput, { x: g.gradInput, gamma: g.gradGamma });
      const exact = rmsNormBackward(rmsNorm(x, { ...params, eps: 0 }), gradOutput).gradInput;
      for (let r = 0; r < 3; r++) {
        let dot = 0;
        for (let c = 0; c < 5; c++) dot += exact.data[r * 5 + c] * x.data[r * 5 + c];
        expect(Math.abs(dot)).toBeLessThan(1e-12);
      }
    }
  });
});
