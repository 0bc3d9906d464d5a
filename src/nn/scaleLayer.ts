/**
 * A copy of a model with one layer's weights and bias multiplied by a factor: Karpathy's fix for a
 * too-confident start ("makemore" part 3: W2 *= 0.01, b2 *= 0), so the first logits are near 0 and
 * the softmax near uniform, and the loss at initialisation near ln C.
 */
import { cloneMlp, type Mlp } from "./mlp";

/** layerIndex counts from 0; negative values count from the end (−1 = the output layer). */
export function scaleLayer(model: Mlp, layerIndex: number, factor: number): Mlp {
  const count = model.layers.length;
  const index = layerIndex < 0 ? count + layerIndex : layerIndex;
  if (!Number.isInteger(layerIndex) || index < 0 || index >= count) {
    throw new Error(`scaleLayer: layerIndex must be an integer in [${-count}, ${count - 1}], got ${layerIndex}`);
  }
  if (!Number.isFinite(factor)) throw new Error(`scaleLayer: factor must be a finite number, got ${factor}`);
  const copy = cloneMlp(model);
  const { weights, bias } = copy.layers[index];
  weights.data.forEach((w, i) => (weights.data[i] = w * factor));
  bias.forEach((b, i) => (bias[i] = b * factor));
  return copy;
}
