/**
 * Affine layers in the column-vector convention of the course's derivations: y = Wx + b, with W of
 * shape outputs × inputs. Stacking them without a nonlinearity collapses to one affine layer.
 */
import { matmul, matrix, matVec, type Matrix } from "./matrix";
import type { Rng } from "../numerics/random";

export interface AffineLayer {
  /** outputs × inputs. */
  readonly weights: Matrix;
  /** One entry per output. */
  readonly bias: Float64Array;
}

function checkLayer(layer: AffineLayer, where: string): void {
  if (layer.bias.length !== layer.weights.rows) {
    throw new Error(
      `${where}: bias has length ${layer.bias.length}, expected ${layer.weights.rows} (the weights' rows, one per output)`,
    );
  }
}

/** y = Wx + b. */
export function applyAffine(layer: AffineLayer, input: ArrayLike<number>): Float64Array {
  checkLayer(layer, "applyAffine");
  const output = matVec(layer.weights, input);
  for (let i = 0; i < output.length; i++) output[i] += layer.bias[i];
  return output;
}

/**
 * The single layer equivalent to applying `layers` in order (layers[0] first):
 * W₃(W₂(W₁x + b₁) + b₂) + b₃ = (W₃W₂W₁)x + (W₃(W₂b₁ + b₂) + b₃), folded one layer at a time.
 */
export function composeAffine(layers: readonly AffineLayer[]): AffineLayer {
  if (layers.length === 0) throw new Error("composeAffine: needs at least one layer");
  return layers.slice(1).reduce((combined, layer, index) => {
    checkLayer(layer, `composeAffine (layer ${index + 1})`);
    if (layer.weights.cols !== combined.weights.rows) {
      throw new Error(
        `composeAffine: layer ${index + 1} takes ${layer.weights.cols} inputs but layer ${index} gives ${combined.weights.rows} outputs`,
      );
    }
    return { weights: matmul(layer.weights, combined.weights), bias: applyAffine(layer, combined.bias) };
  }, layers[0]);
}

/** A layer with N(0, std²) weights and biases, for experiments with random seeded layers. */
export function randomAffine(rng: Rng, inputs: number, outputs: number, std = 1): AffineLayer {
  return {
    weights: matrix(outputs, inputs, rng.normals(inputs * outputs, 0, std)),
    bias: rng.normals(outputs, 0, std),
  };
}
