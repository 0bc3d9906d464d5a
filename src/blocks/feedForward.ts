/**
 * The Transformer position-wise feed-forward block (Vaswani et al. 2017, eq. 2), on a batch with one
 * example per row:  FFN(x) = act(xW₁ + b₁)W₂ + b₂, usually d → 4d → d. Its backward pass, with
 * A = xW₁ + b₁ and H = act(A):  ∂W₂ = Hᵀ·G, ∂b₂ = 1ᵀG, ∂H = G·W₂ᵀ, ∂A = ∂H ⊙ act′(A),
 * ∂W₁ = xᵀ·∂A, ∂b₁ = 1ᵀ∂A, ∂x = ∂A·W₁ᵀ, where G = ∂L/∂output.
 */
import { activation } from "../activations/activation";
import { matmul, matrix, transpose, type Matrix } from "../linear/matrix";
import { addToRows, hadamard, mapData, sumRows } from "../linear/batch";
import type { Rng } from "../numerics/random";

export interface FeedForwardParams {
  /** dModel × dHidden. */
  readonly w1: Matrix;
  readonly b1: Float64Array;
  /** dHidden × dModel. */
  readonly w2: Matrix;
  readonly b2: Float64Array;
}

export interface FeedForwardGradients extends FeedForwardParams {
  readonly x: Matrix;
}

function checkShapes(params: FeedForwardParams, input: Matrix): void {
  const { w1, b1, w2, b2 } = params;
  const problems = [
    input.cols !== w1.rows && `input has ${input.cols} columns but w1 has ${w1.rows} rows`,
    b1.length !== w1.cols && `b1 has length ${b1.length} but w1 has ${w1.cols} columns`,
    w2.rows !== w1.cols && `w2 has ${w2.rows} rows but w1 has ${w1.cols} columns (the hidden size)`,
    b2.length !== w2.cols && `b2 has length ${b2.length} but w2 has ${w2.cols} columns`,
  ].filter(Boolean);
  if (problems.length) throw new Error(`feedForward: ${problems.join("; ")}`);
}

export function feedForward(
  params: FeedForwardParams,
  input: Matrix,
  activationName = "relu",
  activationParams?: Readonly<Record<string, unknown>>,
): Matrix {
  checkShapes(params, input);
  const act = activation(activationName, activationParams);
  const hidden = mapData(addToRows(matmul(input, params.w1), params.b1), (a) => act.forward(a));
  return addToRows(matmul(hidden, params.w2), params.b2);
}

/** Gradients of L with respect to x and every parameter, given gradOutput = ∂L/∂FFN(x). */
export function feedForwardBackward(
  params: FeedForwardParams,
  input: Matrix,
  gradOutput: Matrix,
  activationName = "relu",
  activationParams?: Readonly<Record<string, unknown>>,
): FeedForwardGradients {
  checkShapes(params, input);
  const act = activation(activationName, activationParams);
  const preActivation = addToRows(matmul(input, params.w1), params.b1);
  const hidden = mapData(preActivation, (a) => act.forward(a));
  const gradHidden = matmul(gradOutput, transpose(params.w2));
  const gradPreActivation = hadamard(
    gradHidden,
    mapData(preActivation, (a) => act.backward(a)),
  );
  return {
    x: matmul(gradPreActivation, transpose(params.w1)),
    w1: matmul(transpose(input), gradPreActivation),
    b1: sumRows(gradPreActivation),
    w2: matmul(transpose(hidden), gradOutput),
    b2: sumRows(gradOutput),
  };
}

/**
 * Zero biases and N(0, 1/fanIn) weights (LeCun's variance: each layer keeps the variance of its input
 * when the activation is roughly linear), for experiments; initialisation proper is notebook 07's topic.
 */
export function randomFeedForwardParams(rng: Rng, dModel: number, dHidden: number): FeedForwardParams {
  return {
    w1: matrix(dModel, dHidden, rng.normals(dModel * dHidden, 0, 1 / Math.sqrt(dModel))),
    b1: new Float64Array(dHidden),
    w2: matrix(dHidden, dModel, rng.normals(dHidden * dModel, 0, 1 / Math.sqrt(dHidden))),
    b2: new Float64Array(dModel),
  };
}
