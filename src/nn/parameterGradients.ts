/**
 * The training step's fast twin of mlpBackward (./backward.ts): the same ∂L/∂W and ∂L/∂b, with the
 * tiled products of ./transposedMatmulTiled.ts, and without ∂L/∂x of the first layer, which only a
 * diagnostic needs (on Fashion-MNIST that product, 256×784 per sample, was 40% of an epoch). The
 * property test in test/nn/parameterGradients.test.ts checks it equals mlpBackward bit for bit.
 */
import type { Matrix } from "../linear/matrix";
import { sumRows } from "../linear/batch";
import { checkOutputGradient, type LayerGradient } from "./backward";
import { addInPlace, type ForwardCache } from "./forward";
import { resolveLayerActivation, type Mlp } from "./mlp";
import { matmulTransposeATiled, matmulTransposeBTiled } from "./transposedMatmulTiled";

/** ∂L/∂W and ∂L/∂b of every layer, from ∂L/∂(output) (rows = samples). */
export function mlpParameterGradients(model: Mlp, cache: ForwardCache, gradWrtOutput: Matrix): LayerGradient[] {
  checkOutputGradient("mlpParameterGradients", cache, gradWrtOutput);
  const layers: LayerGradient[] = new Array(model.layers.length);
  let gradWrtActivation = gradWrtOutput;
  for (let l = model.layers.length - 1; l >= 0; l--) {
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
    if (l > 0) {
      const gradWrtInput = matmulTransposeBTiled(gradWrtPreActivation, layer.weights);
      if (layer.residual) addInPlace(gradWrtInput.data, gradWrtActivation.data);
      gradWrtActivation = gradWrtInput;
    }
  }
  return layers;
}
