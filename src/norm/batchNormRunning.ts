/**
 * BatchNorm's two modes, as torch.nn.BatchNorm1d. In training mode it standardises with the batch's
 * own statistics (./batchNorm.ts) and updates running estimates of each feature's mean and variance:
 *   running ← (1 − m)·running + m·batch,  m = momentum (PyTorch's default 0.1),
 * where the batch variance in this update is the unbiased one (÷ (n − 1)), as PyTorch stores it, while
 * the normalisation itself uses the population variance (÷ n). In eval mode it uses the running
 * estimates instead, so each output depends on its own sample only, and a batch of one works.
 */
import { matrix, type Matrix } from "../linear/matrix";
import { batchNorm, type BatchNormResult } from "./batchNorm";
import { checkEpsilon, featureVector } from "./standardize";
import type { NormOptions } from "./types";

export interface RunningStatistics {
  /** Per feature; PyTorch starts at 0. */
  readonly mean: Float64Array;
  /** Per feature, unbiased; PyTorch starts at 1. */
  readonly variance: Float64Array;
}

export interface BatchNormTrainOptions extends NormOptions {
  /** Weight of the new batch in the running estimates, in [0, 1] (default 0.1, PyTorch's). */
  readonly momentum?: number;
}

export interface BatchNormTrainResult extends BatchNormResult {
  /** The running estimates after this batch (the given ones are not changed). */
  readonly running: RunningStatistics;
}

/** A fresh BatchNorm1d's buffers: running_mean = 0, running_var = 1. */
export function initialRunningStatistics(features: number): RunningStatistics {
  if (!Number.isInteger(features) || features < 1) {
    throw new Error(`initialRunningStatistics: features must be a positive integer, got ${features}`);
  }
  return { mean: new Float64Array(features), variance: new Float64Array(features).fill(1) };
}

function checkRunning(where: string, running: RunningStatistics, cols: number): void {
  if (running.mean.length !== cols || running.variance.length !== cols) {
    throw new Error(
      `${where}: running statistics have ${running.mean.length} means and ${running.variance.length} variances, but the input has ${cols} features (columns)`,
    );
  }
}

/** The running estimates after one batch: (1 − m)·running + m·(batch mean, unbiased batch variance). */
export function updateRunningStatistics(running: RunningStatistics, batch: Matrix, momentum = 0.1): RunningStatistics {
  if (!(momentum >= 0 && momentum <= 1)) {
    throw new Error(`updateRunningStatistics: momentum must be in [0, 1], got ${momentum}`);
  }
  // The unbiased variance of one sample is 0/0; PyTorch refuses a training batch of one as well.
  if (batch.rows < 2) {
    throw new Error(`updateRunningStatistics: needs a batch of at least 2 rows (samples), got ${batch.rows}`);
  }
  checkRunning("updateRunningStatistics", running, batch.cols);
  const { rows, cols, data } = batch;
  const mean = new Float64Array(cols);
  const variance = new Float64Array(cols);
  for (let c = 0; c < cols; c++) {
    let sum = 0;
    for (let r = 0; r < rows; r++) sum += data[r * cols + c];
    const batchMean = sum / rows;
    let squares = 0;
    for (let r = 0; r < rows; r++) squares += (data[r * cols + c] - batchMean) ** 2;
    mean[c] = (1 - momentum) * running.mean[c] + momentum * batchMean;
    variance[c] = (1 - momentum) * running.variance[c] + momentum * (squares / (rows - 1));
  }
  return { mean, variance };
}

/** Training mode: batch statistics for the output, and the updated running estimates. */
export function batchNormTrain(
  input: Matrix,
  running: RunningStatistics,
  { momentum = 0.1, ...options }: BatchNormTrainOptions = {},
): BatchNormTrainResult {
  return { ...batchNorm(input, options), running: updateRunningStatistics(running, input, momentum) };
}

/** Eval mode: y = γ ⊙ (x − running mean)/√(running var + ε) + β, row by row (any batch size, even 1). */
export function batchNormEval(
  input: Matrix,
  running: RunningStatistics,
  { gamma, beta, eps = 1e-5 }: NormOptions = {},
): Matrix {
  checkEpsilon("batchNormEval", eps);
  checkRunning("batchNormEval", running, input.cols);
  const scale = featureVector("batchNormEval", "gamma", gamma, input.cols, 1);
  const shift = featureVector("batchNormEval", "beta", beta, input.cols, 0);
  const output = matrix(input.rows, input.cols);
  for (let i = 0; i < input.data.length; i++) {
    const c = i % input.cols;
    output.data[i] = (scale[c] * (input.data[i] - running.mean[c])) / Math.sqrt(running.variance[c] + eps) + shift[c];
  }
  return output;
}
