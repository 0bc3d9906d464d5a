/**
 * Backpropagation as a product of Jacobians. Layer l maps its input x to a = f(xW + b) (+ x on a
 * residual layer), so ∂a/∂x = diag(f′(z))·Wᵀ (+ I): row i holds f′(zᵢ)·W[·, i]. The network's
 * Jacobian is the product J_L ⋯ J_2·J_1 (chain rule), and the backward pass computes vᵀ·J_L ⋯ J_1
 * from the left, one vector at a time, without ever forming a matrix.
 */
import { matmul, matVec, transpose, type Matrix } from "../linear/matrix";
import { mlpForward } from "./forward";
import { resolveLayerActivation, type Layer, type Mlp } from "./mlp";

/** ∂(layer output)/∂(layer input) at one input vector: fanOut×fanIn (rows = outputs). */
export function layerJacobian(layer: Layer, input: ArrayLike<number>): Matrix {
  const { weights, bias } = layer;
  if (input.length !== weights.rows) {
    throw new Error(`layerJacobian: the layer takes ${weights.rows} inputs, got a vector of length ${input.length}`);
  }
  const preActivation = matVec(transpose(weights), input).map((z, i) => z + bias[i]);
  const slopes = resolveLayerActivation(layer).backward(preActivation);
  const jacobian = transpose(weights);
  for (let i = 0; i < jacobian.rows; i++) {
    for (let j = 0; j < jacobian.cols; j++) jacobian.data[i * jacobian.cols + j] *= slopes[i];
    if (layer.residual) jacobian.data[i * jacobian.cols + i] += 1;
  }
  return jacobian;
}

/** Every layer's Jacobian at one input, and their product J_L ⋯ J_1 = ∂(output)/∂(input). */
export function inputJacobian(model: Mlp, input: ArrayLike<number>): { layers: Matrix[]; product: Matrix } {
  const cache = mlpForward(model, { rows: 1, cols: input.length, data: Float64Array.from(input) });
  const layers = model.layers.map((layer, l) =>
    layerJacobian(layer, (l === 0 ? cache.inputs : cache.activations[l - 1]).data),
  );
  const product = layers.slice(1).reduce((accumulated, jacobian) => matmul(jacobian, accumulated), layers[0]);
  return { layers, product };
}
