import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromRows, matrix, type Matrix } from "../../src/linear/matrix";
import { batchNorm } from "../../src/norm/batchNorm";
import {
  batchNormEval,
  batchNormTrain,
  initialRunningStatistics,
  updateRunningStatistics,
  type RunningStatistics,
} from "../../src/norm/batchNormRunning";
import { columnsAsRows, matrixArbitrary, maxGap, spreadRows, torchFixture } from "./normTestKit";

/** Mean and unbiased variance of each column, the plain way. */
function columnMoments(x: Matrix): { mean: number; unbiased: number }[] {
  return Array.from({ length: x.cols }, (_, c) => {
    const column = Array.from({ length: x.rows }, (_, r) => x.data[r * x.cols + c]);
    const mean = column.reduce((a, b) => a + b, 0) / column.length;
    return { mean, unbiased: column.reduce((a, b) => a + (b - mean) ** 2, 0) / (column.length - 1) };
  });
}

const rowOf = (x: Matrix, r: number): Matrix => matrix(1, x.cols, x.data.slice(r * x.cols, (r + 1) * x.cols));

describe("BatchNorm's running statistics and eval mode (torch.nn.BatchNorm1d)", () => {
  it("matches PyTorch's buffers after each training batch, and its train- and eval-mode outputs", () => {
    const torch = torchFixture();
    const { steps, momentum, evalOutput, evalRow3 } = torch.batchNormRunning;
    const params = { gamma: torch.gamma, beta: torch.beta };
    let running: RunningStatistics = initialRunningStatistics(torch.gamma.length);
    for (const step of steps) {
      const result = batchNormTrain(fromRows(step.rows.map((r) => torch.input[r])), running, { ...params, momentum });
      running = result.running;
      expect(maxGap(result.output.data, step.output)).toBeLessThan(1e-12);
      expect(maxGap(running.mean, step.runningMean)).toBeLessThan(1e-14);
      expect(maxGap(running.variance, step.runningVar)).toBeLessThan(1e-13);
    }
    expect(maxGap(batchNormEval(torch.inputMatrix, running, params).data, evalOutput)).toBeLessThan(1e-12);
    expect(maxGap(batchNormEval(fromRows([torch.input[3]]), running, params).data, evalRow3)).toBeLessThan(1e-12);
  });

  it("after k updates with the same batch, equals the closed form (1 − m)ᵏ·start + (1 − (1 − m)ᵏ)·batch", () => {
    fc.assert(
      fc.property(
        matrixArbitrary(5, 3).filter((x) => spreadRows(columnsAsRows(x))),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        (x, momentum, k) => {
          let running = initialRunningStatistics(3);
          for (let i = 0; i < k; i++) running = updateRunningStatistics(running, x, momentum);
          const kept = (1 - momentum) ** k;
          columnMoments(x).forEach(({ mean, unbiased }, c) => {
            expect(Math.abs(running.mean[c] - (1 - kept) * mean)).toBeLessThan(1e-9);
            expect(Math.abs(running.variance[c] - (kept + (1 - kept) * unbiased))).toBeLessThan(1e-9);
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it("with momentum 1 and ε = 0, eval mode is the train output times √((n − 1)/n): the stored variance is unbiased", () => {
    fc.assert(
      fc.property(
        matrixArbitrary(6, 2).filter((x) => spreadRows(columnsAsRows(x))),
        (x) => {
          const { output, running } = batchNormTrain(x, initialRunningStatistics(2), { momentum: 1, eps: 0 });
          const evaluated = batchNormEval(x, running, { eps: 0 });
          expect(
            maxGap(
              evaluated.data,
              Array.from(output.data, (y) => y * Math.sqrt(5 / 6)),
            ),
          ).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it("in eval mode a sample's output depends on that sample only; in train mode on the whole batch", () => {
    fc.assert(
      fc.property(matrixArbitrary(4, 3), matrixArbitrary(4, 3), (trainBatch, x) => {
        const running = updateRunningStatistics(initialRunningStatistics(3), trainBatch, 0.5);
        const together = batchNormEval(x, running);
        for (let r = 0; r < x.rows; r++) {
          expect(
            maxGap(batchNormEval(rowOf(x, r), running).data, Array.from(together.data.slice(r * 3, r * 3 + 3))),
          ).toBe(0);
        }
      }),
    );
    const sample = [1, 2];
    expect(batchNorm(fromRows([sample, [0, 0]])).output.data[0]).toBeCloseTo(1, 4); // (1 − ½)/√(¼ + ε)
    expect(batchNorm(fromRows([sample, [3, 0]])).output.data[0]).toBeCloseTo(-1, 4);
  });

  it("starts as PyTorch does and rejects bad momentum, a batch of one for an update, and mismatched sizes", () => {
    const fresh = initialRunningStatistics(2);
    expect(Array.from(fresh.mean)).toEqual([0, 0]);
    expect(Array.from(fresh.variance)).toEqual([1, 1]);
    const batch = matrix(2, 2, [1, 2, 3, 4]);
    expect(() => updateRunningStatistics(fresh, batch, 1.5)).toThrow("momentum must be in [0, 1], got 1.5");
    expect(() => updateRunningStatistics(fresh, matrix(1, 2, [1, 2]))).toThrow("at least 2 rows");
    expect(() => batchNormEval(matrix(1, 3, [1, 2, 3]), fresh)).toThrow("2 means and 2 variances, but the input has 3");
    expect(() => initialRunningStatistics(0)).toThrow("features must be a positive integer");
    expect(batchNormEval(matrix(1, 2, [1, 2]), fresh).data[1]).toBeCloseTo(2 / Math.sqrt(1 + 1e-5), 14);
  });
});
