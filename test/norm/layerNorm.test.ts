import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matrix, type Matrix } from "../../src/linear/matrix";
import { layerNorm, layerNormBackward } from "../../src/norm/layerNorm";
import {
  expectGradientsMatch,
  matrixArbitrary,
  maxGap,
  randomNormCase,
  rowMoments,
  spreadRows,
  torchFixture,
  expectMatchesTorch,
} from "./normTestKit";

const forward = (params: { gamma: Float64Array; beta: Float64Array }, x: Matrix) => layerNorm(x, params).output;

describe("layerNorm (Ba et al. 2016; torch.nn.functional.layer_norm)", () => {
  it("matches PyTorch's output and autograd gradients (float64 fixture)", () => {
    const torch = torchFixture();
    const result = layerNorm(torch.inputMatrix, { gamma: torch.gamma, beta: torch.beta });
    const grads = layerNormBackward(result, torch.gradOutputMatrix);
    expectMatchesTorch(torch.layerNorm, result.output, grads);
  });

  it("gives every row mean 0 and variance 1 (γ = 1, β = 0, ε = 0)", () => {
    fc.assert(
      fc.property(matrixArbitrary(4, 6).filter(spreadRows), (x) => {
        for (const { mean, variance } of rowMoments(layerNorm(x, { eps: 0 }).output)) {
          expect(Math.abs(mean)).toBeLessThan(1e-12);
          expect(Math.abs(variance - 1)).toBeLessThan(1e-12);
        }
      }),
    );
  });

  it("is invariant to shifting and scaling a row: LN(a·x + c) = LN(x) for a > 0", () => {
    fc.assert(
      fc.property(
        matrixArbitrary(3, 5).filter(spreadRows),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        (x, a, c) => {
          const moved = matrix(
            x.rows,
            x.cols,
            x.data.map((v) => a * v + c),
          );
          expect(
            maxGap(layerNorm(moved, { eps: 0 }).output.data, [...layerNorm(x, { eps: 0 }).output.data]),
          ).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it("backward matches central differences for x, γ and β on random inputs", () => {
    for (const seed of [1, 2, 3]) {
      const { params, x, gradOutput } = randomNormCase(seed, 4, 5, 0, 3);
      const g = layerNormBackward(layerNorm(x, params), gradOutput);
      const analytic = { x: g.gradInput, gamma: g.gradGamma, beta: g.gradBeta };
      expectGradientsMatch(`seed ${seed}`, forward, params, x, gradOutput, analytic);
    }
  });

  it("has input gradients that sum to 0 per row and are orthogonal to the row (shift and scale invariance)", () => {
    fc.assert(
      fc.property(matrixArbitrary(3, 4).filter(spreadRows), matrixArbitrary(3, 4), (x, gradOutput) => {
        const { gradInput } = layerNormBackward(layerNorm(x, { eps: 0 }), gradOutput);
        for (let r = 0; r < 3; r++) {
          const row = Array.from({ length: 4 }, (_, c) => r * 4 + c);
          expect(Math.abs(row.reduce((s, i) => s + gradInput.data[i], 0))).toBeLessThan(1e-9);
          expect(Math.abs(row.reduce((s, i) => s + gradInput.data[i] * x.data[i], 0))).toBeLessThan(1e-8);
        }
      }),
    );
  });

  it("rejects a γ of the wrong length, a negative ε and a gradient of the wrong shape", () => {
    const x = matrix(2, 3, [1, 2, 3, 4, 5, 7]);
    expect(() => layerNorm(x, { gamma: [1, 1] })).toThrow(
      "layerNorm: gamma has 2 entries but the input has 3 features",
    );
    expect(() => layerNorm(x, { eps: -1 })).toThrow("eps must be a finite number ≥ 0");
    expect(() => layerNormBackward(layerNorm(x), matrix(3, 2))).toThrow(
      "gradOutput is 3×2 but the forward output was 2×3",
    );
  });
});
