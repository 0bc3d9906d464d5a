/**
 * What Karpathy's "makemore" part 3 plots during training, for one model state on one data set:
 * every hidden layer's outputs a and the gradient ∂L/∂a reaching them (the values behind the
 * activation and gradient histograms), with the layer's saturated and dead fractions. Taken after
 * several steps, it shows whether a layer saturates or dies while it learns, not only at init.
 */
import { mlpBackward } from "./backward";
import { mlpForward } from "./forward";
import { activationStatistics, DEFAULT_SATURATION_THRESHOLD } from "./layerStatistics";
import { defaultLossName, loss as lookupLoss } from "./losses";
import type { Mlp } from "./mlp";
import type { TrainingData } from "./train";

export interface HiddenLayerSnapshot {
  /** 1 for the first hidden layer. */
  readonly layer: number;
  /** The layer's outputs a, samples × units, row-major. */
  readonly activations: Float64Array;
  /** ∂L/∂a for the same entries: the gradient the layers above send down to this one. */
  readonly gradients: Float64Array;
  /** Share of (sample, unit) pairs with |f′(z)| below the threshold. */
  readonly saturatedFraction: number;
  /** Share of units with f′(z) = 0 on every sample. */
  readonly deadFraction: number;
}

export interface TrainingSnapshot {
  /** The mean loss on the data for this state (the loss train would use by default). */
  readonly loss: number;
  readonly layers: readonly HiddenLayerSnapshot[];
}

export interface SnapshotOptions {
  /** A name from lossNames(); by default the one train picks for the data. */
  readonly loss?: string;
  readonly saturationThreshold?: number;
}

/** One forward and one backward pass on the whole data; the model is not changed. */
export function trainingSnapshot(model: Mlp, data: TrainingData, options: SnapshotOptions = {}): TrainingSnapshot {
  const outputWidth = model.sizes[model.sizes.length - 1];
  const lossFunction = lookupLoss(options.loss ?? defaultLossName(data, outputWidth));
  const cache = mlpForward(model, data.inputs);
  const evaluation = lossFunction.compute(cache.activations[cache.activations.length - 1], data);
  const { gradWrtInputs } = mlpBackward(model, cache, evaluation.gradWrtOutput);
  const threshold = options.saturationThreshold ?? DEFAULT_SATURATION_THRESHOLD;
  const layers = model.layers.slice(0, -1).map((_, l): HiddenLayerSnapshot => {
    const stats = activationStatistics(model, l, cache.preActivations[l], cache.activations[l], threshold);
    return {
      layer: l + 1,
      activations: cache.activations[l].data,
      // Layer l's output is layer l + 1's input.
      gradients: gradWrtInputs[l + 1].data,
      saturatedFraction: stats.saturatedFraction,
      deadFraction: stats.deadFraction,
    };
  });
  return { loss: evaluation.loss, layers };
}
