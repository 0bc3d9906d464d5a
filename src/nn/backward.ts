import type { Matrix } from "../linear/matrix";
import { sumRows } from "../linear/batch";
import { addInPlace, type ForwardCache } from "./forward";
import { resolveLayerActivation, type Mlp } from "./mlp";
import { matmulTransposeATiled, matmulTransposeBTiled } from "./transposedMatmulTiled";

export interface LayerGradient {
  /** ∂L/∂W, fanIn×fanOut like the weights. */
  readonly weights: Matrix;
  readonly bias: Float64Array;
}

export interface BackwardResult {
  readonly layers: readonly LayerGradient[];
  /** gradWrtInputs[l] = ∂L/∂(layer l's input); gradWrtInputs[0] is the gradient w.r.t. the data. */
  readonly gradWrtInputs: readonly Matrix[];
  /** gradWrtPreActivations[l] = ∂L/∂z for layer l. */
  readonly gradWrtPreActivations: readonly Matrix[];
}

/** ∂L/∂(output) must have the output's shape. */
function checkOutputGradient(where: string, cache: ForwardCache, gradWrtOutput: Matrix): void {
  const lastOutput = cache.activations[cache.activations.length - 1];
  if (gradWrtOutput.rows !== lastOutput.rows || gradWrtOutput.cols !== lastOutput.cols) {
    throw new Error(
      `${where}: gradWrtOutput is ${gradWrtOutput.rows}×${gradWrtOutput.cols}, expected ${lastOutput.rows}×${lastOutput.cols} (the output's shape)`,
    );
  }
}

/**
 * Backpropagation from ∂L/∂(output) (rows = samples), layer by layer from the last:
 * ∂L/∂z = f′(z) ⊙ ∂L/∂a,  ∂L/∂W = xᵀ·∂L/∂z,  ∂L/∂b = Σ_rows ∂L/∂z,  ∂L/∂x = ∂L/∂z·Wᵀ (+ ∂L/∂a on a residual layer).
 * The two products are the 4×4-tiled ones, equal to the plain definitions (./transposedMatmul.ts) bit
 * for bit. `dataGradient: false` skips ∂L/∂x of the first layer (the gradient w.r.t. the data), which
 * only a diagnostic needs: on Fashion-MNIST that product, 256×784 per sample, was 40% of an epoch.
 */
function backpropagate(
  where: string,
  model: Mlp,
  cache: ForwardCache,
  gradWrtOutput: Matrix,
  dataGradient: boolean,
): { layers: LayerGradient[]; gradWrtInputs: Matrix[]; gradWrtPreActivations: Matrix[] } {
  checkOutputGradient(where, cache, gradWrtOutput);
  const count = model.layers.length;
  const layers: LayerGradient[] = new Array(count);
  const gradWrtInputs: Matrix[] = new Array(count);
  const gradWrtPreActivations: Matrix[] = new Array(count);
  let gradWrtActivation = gradWrtOutput;
  for (let l = count - 1; l >= 0; l--) {
    const layer = model.layers[l];
    const preActivation = cache.preActivations[l];
    const layerInput = l === 0 ? cache.inputs : cache.activations[l - 1];
    const gradWrtPreActivation: Matrix = {
      ...preActivation,
      data: resolveLayerActivation(layer).backward(preActivation.data, gradWrtActivation.data),
    };
    layers[l] = {
      weights: matmulTransposeATiled(layerInput, gradWrtPreActivation),
      bias: sumRows(gradWrtPreActivation),
    };
    gradWrtPreActivations[l] = gradWrtPreActivation;
    if (l > 0 || dataGradient) {
      const gradWrtInput = matmulTransposeBTiled(gradWrtPreActivation, layer.weights);
      if (layer.residual) addInPlace(gradWrtInput.data, gradWrtActivation.data);
      gradWrtInputs[l] = gradWrtInput;
      gradWrtActivation = gradWrtInput;
    }
  }
  return { layers, gradWrtInputs, gradWrtPreActivations };
}

/** Every layer's ∂L/∂W and ∂L/∂b, ∂L/∂(its input) and ∂L/∂z, from ∂L/∂(output). */
export function mlpBackward(model: Mlp, cache: ForwardCache, gradWrtOutput: Matrix): BackwardResult {
  return backpropagate("mlpBackward", model, cache, gradWrtOutput, true);
}

/**
 * ∂L/∂W and ∂L/∂b of every layer only, as a training step needs: mlpBackward without the gradient
 * w.r.t. the data.
 */
export function mlpParameterGradients(model: Mlp, cache: ForwardCache, gradWrtOutput: Matrix): LayerGradient[] {
  return backpropagate("mlpParameterGradients", model, cache, gradWrtOutput, false).layers;
}
