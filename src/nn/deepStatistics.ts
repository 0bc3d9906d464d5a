/**
 * Diagnostics of a deep, square MLP at initialisation (Karpathy, "Building makemore" part 3; Glorot &
 * Bengio 2010, fig. 6): feed a batch of N(0, 1) inputs through `depth` layers of the same width and
 * activation, and record per layer how the activations are distributed (forward) and how large the
 * gradients are when an N(0, 1) gradient is fed back from the top (backward). Biases are zero.
 *
 * Defaults: width 48, batch 64. Cost grows as depth·width²·batch, and this machine (2 shared cores)
 * does about 0.3 billion multiply-adds per second in plain JavaScript: the 5 activations × 4 inits grid of
 * notebook 07 through `deepNetworkStatistics` (forward and backward from one pass) measured 1.8–2.3 s
 * with 48×64 while other jobs were running; width 256, batch 256 would be ~110× the work.
 */
import type { InitScheme } from "../init/registry";
import type { Matrix } from "../linear/matrix";
import { createRng } from "../numerics/random";
import { mlpBackward } from "./backward";
import { globalNorm } from "./clip";
import { mlpForward, type ForwardCache } from "./forward";
import { activationStatistics, DEFAULT_SATURATION_THRESHOLD, type ActivationStatistics } from "./layerStatistics";
import { createMlp, type ActivationChoice, type Mlp } from "./mlp";

export interface DeepNetworkOptions {
  readonly activation: ActivationChoice;
  /** Init scheme name (see initSchemeNames()) or object. */
  readonly init: string | InitScheme;
  /** Number of layers (default 50). */
  readonly depth?: number;
  /** Units per layer, also the input width (default 48). */
  readonly width?: number;
  /** Samples in the batch (default 64). */
  readonly batch?: number;
  readonly seed?: number;
  readonly residual?: boolean;
  /** How many activation values per layer to keep for a histogram (default 1000). */
  readonly sampleSize?: number;
  readonly saturationThreshold?: number;
}

export interface ForwardLayerStatistics extends ActivationStatistics {
  /** 1 for the first layer. */
  readonly layer: number;
  /** Evenly spaced picks from the layer's batch×width outputs, for a histogram. */
  readonly sample: Float64Array;
}

export interface BackwardLayerStatistics {
  readonly layer: number;
  /** ‖∂L/∂W‖ (Frobenius) of the layer's weights. */
  readonly weightGradNorm: number;
  /** ‖∂L/∂x‖ of the layer's input, and its per-entry standard deviation scale ‖·‖/√(batch·width). */
  readonly gradWrtInputNorm: number;
  readonly gradWrtInputRms: number;
}

interface DeepRun {
  readonly model: Mlp;
  readonly cache: ForwardCache;
  readonly rng: ReturnType<typeof createRng>;
}

/**
 * The deep square network of the diagnostics and its input batch, from one seed: shared by
 * deepNetworkStatistics and normalizedDeepStatistics (src/norm/), so that both see the same weights
 * and the same inputs for the same options.
 */
export function deepModelAndInputs(options: DeepNetworkOptions & { readonly width: number; readonly batch: number }): {
  model: Mlp;
  inputs: Matrix;
  rng: ReturnType<typeof createRng>;
} {
  const { activation, init, depth = 50, width, batch, seed = 0, residual = false } = options;
  if (!Number.isInteger(depth) || depth < 1)
    throw new Error(`deep network: depth must be a positive integer, got ${depth}`);
  if (!Number.isInteger(batch) || batch < 1)
    throw new Error(`deep network: batch must be a positive integer, got ${batch}`);
  const model = createMlp({
    sizes: Array.from({ length: depth + 1 }, () => width),
    activation,
    outputActivation: activation,
    init,
    seed,
    residual,
  });
  // A separate stream for the data, so inputs are not a copy of the first weights.
  const rng = createRng(seed + 1);
  const inputs: Matrix = { rows: batch, cols: width, data: rng.normals(batch * width) };
  return { model, inputs, rng };
}

function runForward(options: DeepNetworkOptions): DeepRun {
  const { model, inputs, rng } = deepModelAndInputs({
    ...options,
    width: options.width ?? 48,
    batch: options.batch ?? 64,
  });
  return { model, cache: mlpForward(model, inputs), rng };
}

function evenlySpaced(values: Float64Array, count: number): Float64Array {
  if (count >= values.length) return Float64Array.from(values);
  const stride = values.length / count;
  const picks = new Float64Array(count);
  for (let i = 0; i < count; i++) picks[i] = values[Math.floor(i * stride)];
  return picks;
}

function forwardFrom({ model, cache }: DeepRun, options: DeepNetworkOptions): ForwardLayerStatistics[] {
  const { sampleSize = 1000, saturationThreshold = DEFAULT_SATURATION_THRESHOLD } = options;
  return model.layers.map((_, l) => ({
    layer: l + 1,
    ...activationStatistics(model, l, cache.preActivations[l], cache.activations[l], saturationThreshold),
    sample: evenlySpaced(cache.activations[l].data, sampleSize),
  }));
}

function backwardFrom({ model, cache, rng }: DeepRun): BackwardLayerStatistics[] {
  const top = cache.activations[cache.activations.length - 1];
  const gradients = mlpBackward(model, cache, { ...top, data: rng.normals(top.data.length) });
  return model.layers.map((_, l) => {
    const gradWrtInput = gradients.gradWrtInputs[l].data;
    const gradWrtInputNorm = globalNorm([gradWrtInput]);
    return {
      layer: l + 1,
      weightGradNorm: globalNorm([gradients.layers[l].weights.data]),
      gradWrtInputNorm,
      gradWrtInputRms: gradWrtInputNorm / Math.sqrt(gradWrtInput.length),
    };
  });
}

/** Per-layer mean, std, saturated and dead fractions, and a histogram sample, at initialisation. */
export function forwardStatistics(options: DeepNetworkOptions): ForwardLayerStatistics[] {
  return forwardFrom(runForward(options), options);
}

/** Per-layer gradient norms at initialisation, backpropagating an N(0, 1) gradient from the top layer. */
export function backwardStatistics(options: DeepNetworkOptions): BackwardLayerStatistics[] {
  return backwardFrom(runForward(options));
}

/** Both at once from one network and one forward pass: what a grid over activations × inits should call. */
export function deepNetworkStatistics(options: DeepNetworkOptions): {
  readonly forward: ForwardLayerStatistics[];
  readonly backward: BackwardLayerStatistics[];
} {
  const run = runForward(options);
  return { forward: forwardFrom(run, options), backward: backwardFrom(run) };
}
