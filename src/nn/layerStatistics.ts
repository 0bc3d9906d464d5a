/**
 * Per-layer health numbers in the spirit of Karpathy's "Building makemore" part 3: how activations
 * are distributed, how many units sit where the activation is flat, and how large the gradients are.
 */
import type { Matrix } from "../linear/matrix";
import { mean, std } from "../math/stats";
import type { BackwardResult } from "./backward";
import { globalNorm } from "./clip";
import type { ForwardCache } from "./forward";
import { resolveLayerActivation, type Mlp } from "./mlp";

/** |f′(z)| below this counts as saturated: the gradient through that unit is almost blocked. */
export const DEFAULT_SATURATION_THRESHOLD = 0.05;

export interface ActivationStatistics {
  readonly mean: number;
  readonly std: number;
  /** Fraction of (sample, unit) pairs with |f′(z)| < threshold: tanh beyond |z| ≈ 2.2, ReLU for z ≤ 0. */
  readonly saturatedFraction: number;
  /** Fraction of units whose f′(z) is exactly 0 on every sample of the batch (dead ReLUs; 0 for smooth activations). */
  readonly deadFraction: number;
}

export interface GradientStatistics {
  /** ‖∂L/∂W‖ (Frobenius). */
  readonly weightGradNorm: number;
  /** ‖∂L/∂x‖ for the layer's input x: how much signal reaches the layers below. */
  readonly gradWrtInputNorm: number;
}

export type LayerStatistics = ActivationStatistics & Partial<GradientStatistics>;

/** Statistics of a layer's output given its pre-activation z (rows = samples, columns = units). */
export function activationStatistics(
  model: Mlp,
  layerIndex: number,
  preActivation: Matrix,
  output: Matrix,
  saturationThreshold = DEFAULT_SATURATION_THRESHOLD,
): ActivationStatistics {
  const slopes = resolveLayerActivation(model.layers[layerIndex]).backward(preActivation.data);
  let saturated = 0;
  const alive = new Uint8Array(preActivation.cols);
  for (let i = 0; i < slopes.length; i++) {
    if (Math.abs(slopes[i]) < saturationThreshold) saturated++;
    if (slopes[i] !== 0) alive[i % preActivation.cols] = 1;
  }
  let dead = 0;
  for (const unitAlive of alive) if (!unitAlive) dead++;
  return {
    mean: mean(output.data),
    std: std(output.data),
    saturatedFraction: saturated / slopes.length,
    deadFraction: dead / preActivation.cols,
  };
}

/** Activation statistics for every layer, plus gradient norms when a backward result is given. */
export function layerStatistics(
  model: Mlp,
  cache: ForwardCache,
  gradients?: BackwardResult,
  saturationThreshold = DEFAULT_SATURATION_THRESHOLD,
): LayerStatistics[] {
  return model.layers.map((_, l) => {
    const activations = activationStatistics(
      model,
      l,
      cache.preActivations[l],
      cache.activations[l],
      saturationThreshold,
    );
    if (gradients === undefined) return activations;
    return {
      ...activations,
      weightGradNorm: globalNorm([gradients.layers[l].weights.data]),
      gradWrtInputNorm: globalNorm([gradients.gradWrtInputs[l].data]),
    };
  });
}
