/**
 * The 50-layer diagnostics of notebook 07 (src/nn/deepStatistics.ts) with a normalisation in every
 * layer, placed either before the activation, z = norm(h·W), a = f(z) (the BatchNorm paper's
 * placement), or after it, z = h·W, a = norm(f(z)) (the seed notes' "ActivationNorm"). The same
 * seed gives the same weights and inputs as deepNetworkStatistics, so the rows compare one to one.
 */
import type { InitScheme } from "../init/registry";
import { matmul, type Matrix } from "../linear/matrix";
import { activationStatistics, DEFAULT_SATURATION_THRESHOLD, type ActivationStatistics } from "../nn/layerStatistics";
import { deepModelAndInputs } from "../nn/deepStatistics";
import { resolveLayerActivation, type ActivationChoice } from "../nn/mlp";
import { normalization } from "./registry";

export interface NormalizedDeepOptions {
  readonly activation: ActivationChoice;
  readonly init: string | InitScheme;
  /** A name from normalizationNames(), or undefined for none. */
  readonly norm?: string;
  /** "before" the activation (default) or "after" it. */
  readonly placement?: "before" | "after";
  readonly depth?: number;
  readonly width?: number;
  readonly batch?: number;
  readonly seed?: number;
  readonly saturationThreshold?: number;
}

export interface NormalizedLayerStatistics extends ActivationStatistics {
  readonly layer: number;
  /** Standard deviation of the activation's input z: what decides saturation. */
  readonly preActivationStd: number;
}

const std = (data: Float64Array): number => {
  let sum = 0;
  for (const v of data) sum += v;
  const mu = sum / data.length;
  let squares = 0;
  for (const v of data) squares += (v - mu) ** 2;
  return Math.sqrt(squares / data.length);
};

/** Per layer: the activation's output mean and std, saturated and dead fractions, and std(z). */
export function normalizedDeepStatistics(options: NormalizedDeepOptions): NormalizedLayerStatistics[] {
  const { activation, init, norm, placement = "before", depth = 50, width = 32, batch = 32, seed = 0 } = options;
  if (placement !== "before" && placement !== "after")
    throw new Error(`normalizedDeepStatistics: placement must be "before" or "after", got '${String(placement)}'`);
  const normalize = norm === undefined ? (x: Matrix) => x : normalization(norm).forward;
  const threshold = options.saturationThreshold ?? DEFAULT_SATURATION_THRESHOLD;
  // The same weights and inputs as deepNetworkStatistics, so the no-norm rows are notebook 07's.
  const { model, inputs } = deepModelAndInputs({ activation, init, depth, width, batch, seed });
  let hidden: Matrix = inputs;
  return model.layers.map((layer, l) => {
    const linear = matmul(hidden, layer.weights); // biases start at 0
    const preActivation = placement === "before" ? normalize(linear) : linear;
    const f = resolveLayerActivation(layer);
    const activated: Matrix = { ...preActivation, data: f.forward(preActivation.data) };
    const stats = activationStatistics(model, l, preActivation, activated, threshold);
    hidden = placement === "after" ? normalize(activated) : activated;
    return { layer: l + 1, ...stats, preActivationStd: std(preActivation.data) };
  });
}
