import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matrix, type Matrix } from "../../src/linear/matrix";
import { batchNorm, batchNormBackward } from "../../src/norm/batchNorm";
import {
  columnsAsRows,
  expectGradientsMatch,
  matrixArbitrary,
  maxGap,
  randomNormCase,
  rowMoments,
  spreadRows,
  torchFixture,
  expectMatchesTorch,
} from "./normTestKit";

const forward = (params: { gamma: Float64Array; beta: Float64Array }, x: Matrix) => batchNorm(x, params).output;
const spreadColumns = (x: Matrix) => spreadRows(columnsAsRows(x));

describe("batchNorm, training mode (Ioffe & Szegedy 2015; torch.nn.BatchNorm1d)", () => {
  it("matches PyTorch's output and autograd gradients (float64 fixture)", () => {
    const torch = torchFixture();
    const result = batchNorm(torch.inputMatrix, { gamma: torch.gamma, beta: torch.beta });
    const grads = batchNormBackward(result, torch.gradOutputMatrix);
    expectMatchesTorch(torch.batchNorm, result.output, grads);
  });

  it("gives every feature (column) mean 0 and variance 1 over the batch (γ = 1, β = 0, ε = 0)", () => {
    fc.assert(
      fc.property(matrixArbitrary(6, 3).filter(spreadColumns), (x) => {
        for (const { mean, variance } of rowMoments(columnsAsRows(batchNorm(x, { eps: 0 }).output))) {
          expect(Math.abs(mean)).toBeLessThan(1e-12);
          expect(Math.abs(variance - 1)).toBeLessThan(1e-12);
        }
      }),
    );
  });

  it("is invariant to a per-feature affine change of the batch, and depends on the other samples", () => {
    fc.assert(
      fc.property(
        matrixArbitrary(5, 3).filter(spreadColumns),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (x, a) => {
          // Column c becomes a·(c + 1)·x + 3c: each feature gets its own positive scale and shift.
          const moved = matrix(
            x.rows,
            x.cols,
            x.data.map((v, i) => a * ((i % 3) + 1) * v + 3 * (i % 3)),
          );
          expect(
            maxGap(batchNorm(moved, { eps: 0 }).output.data, [...batchNorm(x, { eps: 0 }).output.data]),
          ).toBeLessThan(1e-9);
        },
      ),
    );
    const batch = matrix(3, 1, [0, 1, 2]);
    const changedOther = matrix(3, 1, [0, 1, 5]);
    expect(batchNorm(batch).output.data[0]).not.toBeCloseTo(batchNorm(changedOther).output.data[0], 3);
  });

  it("backward matches central differences for x, γ and β on random inputs", () => {
    for (const seed of [4, 5, 6]) {
      const { params, x, gradOutput } = randomNormCase(seed, 6, 3, 1);
      const g = batchNormBackward(batchNorm(x, params), gradOutput);
      const analytic = { x: g.gradInput, gamma: g.gradGamma, beta: g.gradBeta };
      expectGradientsMatch(`seed ${seed}`, forward, params, x, gradOutput, analytic);
    }
  });

  it("rejects a batch of one sample and a β of the wrong length", () => {
    expect(() => batchNorm(matrix(1, 3, [1, 2, 3]))).toThrow("batchNorm: needs a batch of at least 2 rows");
    expect(() => batchNorm(matrix(2, 2, [1, 2, 3, 4]), { beta: [0] })).toThrow("beta has 1 entries");
  });
});
