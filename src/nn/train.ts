/**
 * Mini-batch training of an Mlp, in place. Each epoch shuffles the rows with a seeded generator,
 * steps the optimiser once per batch, then evaluates loss (and accuracy, for labels) on the whole
 * training set, so the history is deterministic given the seed and comparable across batch sizes.
 */
import type { Matrix } from "../linear/matrix";
import { std } from "../math/stats";
import { createRng, type Rng } from "../numerics/random";
import { mlpBackward, mlpParameterGradients } from "./backward";
import { clipGradientsByGlobalNorm, globalNorm } from "./clip";
import { accuracy, mlpForward } from "./forward";
import { layerStatistics, type LayerStatistics } from "./layerStatistics";
import { defaultLossName, loss as lookupLoss, type LossTargets } from "./losses";
import { parameterArrays, type Mlp } from "./mlp";
import { createOptimizer } from "./optimizers";

export interface TrainingData extends LossTargets {
  /** One sample per row. */
  readonly inputs: Matrix;
}

export interface TrainOptions {
  readonly epochs: number;
  readonly learningRate: number;
  /** Rows per step (default 32; the last batch of an epoch may be smaller). */
  readonly batchSize?: number;
  /** "adam" (default) or "sgd". */
  readonly optimizer?: string;
  /** SGD's momentum (default 0). */
  readonly momentum?: number;
  /** A name from lossNames(); by default MSE for targets, BCE for one logit, softmax CE for k. */
  readonly loss?: string;
  /** Seeds the shuffling (default 0). */
  readonly seed?: number;
  /** Clip the global gradient norm of each step to this value (default: no clipping). */
  readonly clipNorm?: number;
  /** Record per-layer statistics each epoch (one extra full-batch backward pass). */
  readonly layerStatistics?: boolean;
  readonly saturationThreshold?: number;
  /** Called after each epoch with its record; the model holds that epoch's weights. */
  readonly onEpoch?: (record: EpochRecord, model: Mlp) => void;
}

export interface TrainedLayerStatistics extends LayerStatistics {
  /** std(ΔW)/std(W) over the epoch's last step; Karpathy's rule of thumb is about 1e−3. */
  readonly updateRatio: number;
}

export interface EpochRecord {
  /** 1 for the first epoch. */
  readonly epoch: number;
  /** Loss on the whole training set after the epoch. */
  readonly loss: number;
  readonly accuracy: number | undefined;
  /** Mean over the epoch's steps of the gradient's global norm, before clipping. */
  readonly gradNorm: number;
  readonly layers: readonly TrainedLayerStatistics[] | undefined;
}

export interface TrainingHistory {
  readonly loss: number[];
  /** Present when the data has labels. */
  readonly accuracy: number[] | undefined;
  readonly epochs: EpochRecord[];
}

function shuffledOrder(n: number, rng: Rng): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function gatherRows(values: ArrayLike<number>, width: number, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length * width);
  rows.forEach((row, i) => {
    for (let j = 0; j < width; j++) out[i * width + j] = values[row * width + j];
  });
  return out;
}

function batchOf(data: TrainingData, rows: Int32Array, outputWidth: number): TrainingData {
  const { inputs } = data;
  return {
    inputs: { rows: rows.length, cols: inputs.cols, data: gatherRows(inputs.data, inputs.cols, rows) },
    labels: data.labels && gatherRows(data.labels, 1, rows),
    targets: data.targets && gatherRows(data.targets, outputWidth, rows),
  };
}

function checkOptions({ epochs, batchSize = 32 }: TrainOptions, data: TrainingData): void {
  if (!Number.isInteger(epochs) || epochs < 0) throw new Error(`train: epochs must be an integer ≥ 0, got ${epochs}`);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`train: batchSize must be a positive integer, got ${batchSize}`);
  }
  if (data.labels !== undefined && data.labels.length !== data.inputs.rows) {
    throw new Error(`train: ${data.labels.length} labels for ${data.inputs.rows} input rows`);
  }
}

/** Trains the model in place and returns the per-epoch history. */
export function train(model: Mlp, data: TrainingData, options: TrainOptions): TrainingHistory {
  checkOptions(options, data);
  const { epochs, batchSize = 32, seed = 0, clipNorm, saturationThreshold } = options;
  const outputWidth = model.sizes[model.sizes.length - 1];
  const lossFunction = lookupLoss(options.loss ?? defaultLossName(data, outputWidth));
  const optimizer = createOptimizer(options.optimizer ?? "adam", options);
  const params = parameterArrays(model);
  const rng = createRng(seed);
  const n = data.inputs.rows;
  const history: TrainingHistory = { loss: [], accuracy: data.labels && [], epochs: [] };

  for (let epoch = 1; epoch <= epochs; epoch++) {
    const order = shuffledOrder(n, rng);
    let gradNormSum = 0;
    let steps = 0;
    let weightsBeforeLastStep: Float64Array[] = [];
    for (let start = 0; start < n; start += batchSize) {
      const batch = batchOf(data, order.subarray(start, start + batchSize), outputWidth);
      const cache = mlpForward(model, batch.inputs);
      const output = cache.activations[cache.activations.length - 1];
      // mlpBackward's dW and db without ∂L/∂(data), which a step does not need (see backward.ts).
      const gradients = mlpParameterGradients(model, cache, lossFunction.compute(output, batch).gradWrtOutput);
      const grads = gradients.flatMap((layer) => [layer.weights.data, layer.bias]);
      gradNormSum += clipNorm === undefined ? globalNorm(grads) : clipGradientsByGlobalNorm(grads, clipNorm);
      steps++;
      if (options.layerStatistics && start + batchSize >= n) {
        weightsBeforeLastStep = model.layers.map((layer) => Float64Array.from(layer.weights.data));
      }
      optimizer.step(params, grads);
    }

    const cache = mlpForward(model, data.inputs);
    const output = cache.activations[cache.activations.length - 1];
    const evaluation = lossFunction.compute(output, data);
    let layers: TrainedLayerStatistics[] | undefined;
    if (options.layerStatistics) {
      const gradients = mlpBackward(model, cache, evaluation.gradWrtOutput);
      layers = layerStatistics(model, cache, gradients, saturationThreshold).map((stats, l) => {
        const weights = model.layers[l].weights.data;
        const update = weights.map((w, i) => w - weightsBeforeLastStep[l][i]);
        return { ...stats, updateRatio: std(update) / std(weights) };
      });
    }
    const record: EpochRecord = {
      epoch,
      loss: evaluation.loss,
      accuracy: data.labels && accuracy(output, data.labels),
      gradNorm: steps === 0 ? 0 : gradNormSum / steps,
      layers,
    };
    history.loss.push(record.loss);
    if (record.accuracy !== undefined) history.accuracy?.push(record.accuracy);
    history.epochs.push(record);
    options.onEpoch?.(record, model);
  }
  return history;
}
