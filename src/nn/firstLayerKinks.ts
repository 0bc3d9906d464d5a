/**
 * Where the hidden units of a one-input network bend, read from the weights: unit j computes
 * f(w_j·x + b_j), and f has kinks at the points k listed by its registry entry (0 for ReLU), so the
 * unit bends where w_j·x + b_j = k, at x = (k − b_j)/w_j. The network's output is piecewise linear
 * between these points when f is (ReLU, Leaky ReLU, ReLU6, hardtanh…).
 */
import { resolveLayerActivation, type Mlp } from "./mlp";

export interface UnitKink {
  readonly x: number;
  /** Index of the hidden unit in the first layer. */
  readonly unit: number;
}

/** The kinks of the first layer's units, sorted by x (units with zero weight never cross a kink). */
export function firstLayerKinks(model: Mlp): UnitKink[] {
  if (model.sizes[0] !== 1) {
    throw new Error(`firstLayerKinks: the model must take 1 input (a curve fit), it takes ${model.sizes[0]}`);
  }
  const layer = model.layers[0];
  const kinks = resolveLayerActivation(layer).kinks;
  const found: UnitKink[] = [];
  layer.bias.forEach((bias, unit) => {
    const weight = layer.weights.data[unit]; // 1×fanOut: one weight per unit
    if (weight === 0) return;
    for (const kink of kinks) found.push({ x: (kink - bias) / weight, unit });
  });
  return found.sort((a, b) => a.x - b.x);
}
