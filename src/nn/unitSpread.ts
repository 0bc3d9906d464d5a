/**
 * How different the hidden units of one layer are: the largest gap between unit j's parameters
 * (its column of the layer's weights, its bias, and its row of the next layer's weights) and unit
 * 0's. Units that start identical get identical gradients, so under gradient descent this stays
 * exactly 0: the symmetry that random initialisation exists to break (notebook 07).
 */
import type { Mlp } from "./mlp";

export function hiddenUnitSpread(model: Mlp, layerIndex = 0): number {
  const layer = model.layers[layerIndex];
  const next = model.layers[layerIndex + 1];
  if (layer === undefined || next === undefined)
    throw new Error(
      `hiddenUnitSpread: layer ${layerIndex} must be a hidden layer (one followed by another); the model has ${model.layers.length} layers`,
    );
  const { rows: fanIn, cols: units, data: incoming } = layer.weights;
  const { cols: fanOut, data: outgoing } = next.weights;
  let spread = 0;
  for (let j = 1; j < units; j++) {
    for (let i = 0; i < fanIn; i++) spread = Math.max(spread, Math.abs(incoming[i * units + j] - incoming[i * units]));
    spread = Math.max(spread, Math.abs(layer.bias[j] - layer.bias[0]));
    for (let k = 0; k < fanOut; k++) spread = Math.max(spread, Math.abs(outgoing[j * fanOut + k] - outgoing[k]));
  }
  return spread;
}
