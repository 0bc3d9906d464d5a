/**
 * Swish with a trainable gate sharpness, f(x; β) = x·σ(βx), one β per hidden layer (Ramachandran,
 * Zoph & Le 2017 take β constant or trainable; seed note 003 says "可学习参数或固定值", learnable or fixed).
 * f and ∂f/∂x are the registry's swish; this file adds what training β needs: ∂f/∂β, its sum over a
 * layer, and a full-batch training loop that steps β beside the weights.
 */
import { activation } from "../activations/activation";
import type { Matrix } from "../linear/matrix";
import { sigmoid } from "../numerics/logistic";
import { mlpBackward, type LayerGradient } from "./backward";
import { mlpForward } from "./forward";
import { defaultLossName, loss as lookupLoss } from "./losses";
import { createMlp, parameterArrays, type Mlp, type MlpSpec } from "./mlp";
import { createOptimizer } from "./optimizers";
import type { TrainingData } from "./train";

/** ∂f/∂β of x·σ(βx): the chain rule through βx brings out x, beside the leading x: x²·σ(βx)(1 − σ(βx)). */
export function swishBetaDerivative(x: number, beta: number): number {
  const gate = sigmoid(beta * x);
  return x * x * gate * (1 - gate);
}

/** ∂L/∂β of one layer sharing β: Σᵢ ∂L/∂aᵢ · ∂f/∂β(zᵢ) over every sample and unit of the layer. */
export function swishBetaGradient(
  preActivations: ArrayLike<number>,
  gradWrtOutput: ArrayLike<number>,
  beta: number,
): number {
  if (preActivations.length !== gradWrtOutput.length) {
    throw new Error(
      `swishBetaGradient: ${preActivations.length} pre-activations but ${gradWrtOutput.length} output gradients`,
    );
  }
  let sum = 0;
  for (let i = 0; i < preActivations.length; i++)
    sum += gradWrtOutput[i] * swishBetaDerivative(preActivations[i], beta);
  return sum;
}

/** An MLP whose hidden layers are Swish, with their β kept apart from the weights so an optimiser can step it. */
export interface LearnableSwishMlp {
  /** The weights; its hidden layers' activation parameters are ignored in favour of `betas`. */
  readonly model: Mlp;
  /** One β per hidden layer, trained in place. */
  readonly betas: Float64Array;
}

export interface LearnableSwishSpec extends Omit<MlpSpec, "activation" | "outputActivation"> {
  /** β of every hidden layer at the start (default 1: SiLU). */
  readonly initialBeta?: number;
}

export function createLearnableSwishMlp({ initialBeta = 1, ...spec }: LearnableSwishSpec): LearnableSwishMlp {
  activation("swish", { beta: initialBeta }); // the registry's message for a β that is not a number
  const model = createMlp({ ...spec, activation: { name: "swish", params: { beta: initialBeta } } });
  return { model, betas: new Float64Array(model.layers.length - 1).fill(initialBeta) };
}

/** The model with each hidden layer's β taken from `betas` (the weight arrays are shared, not copied). */
export function withBetas({ model, betas }: LearnableSwishMlp): Mlp {
  const hidden = model.layers.length - 1;
  const layers = model.layers.map((layer, l) =>
    l < hidden ? { ...layer, activation: { name: "swish", params: { beta: betas[l] } } } : layer,
  );
  return { sizes: model.sizes, layers };
}

export interface LearnableSwishGradients {
  readonly loss: number;
  readonly layers: readonly LayerGradient[];
  /** ∂L/∂β of each hidden layer. */
  readonly betas: Float64Array;
}

/** The loss on a batch and its gradient with respect to every weight, bias and β. */
export function learnableSwishGradients(
  net: LearnableSwishMlp,
  data: TrainingData,
  lossName?: string,
): LearnableSwishGradients {
  const model = withBetas(net);
  const cache = mlpForward(model, data.inputs);
  const output = cache.activations[cache.activations.length - 1];
  const evaluation = lookupLoss(lossName ?? defaultLossName(data, output.cols)).compute(output, data);
  const backward = mlpBackward(model, cache, evaluation.gradWrtOutput);
  // ∂L/∂(hidden layer l's output) is ∂L/∂(layer l + 1's input), which the backward pass has already.
  const betas = net.betas.map((beta, l) =>
    swishBetaGradient(cache.preActivations[l].data, backward.gradWrtInputs[l + 1].data, beta),
  );
  return { loss: evaluation.loss, layers: backward.layers, betas };
}

export interface LearnableSwishTraining {
  /** Loss before each step, then after the last. */
  readonly loss: number[];
  /** betas[s][l]: β of hidden layer l before step s, then after the last. */
  readonly betas: number[][];
}

export interface LearnableSwishTrainOptions {
  /** Full-batch steps (the whole data set each step: deterministic given the model's seed). */
  readonly steps: number;
  readonly learningRate: number;
  /** "adam" (default) or "sgd"; β is one more parameter array for it. */
  readonly optimizer?: string;
  readonly loss?: string;
}

/** Trains weights, biases and β together, in place, by full-batch gradient descent. */
export function trainLearnableSwish(
  net: LearnableSwishMlp,
  data: TrainingData,
  { steps, learningRate, optimizer = "adam", loss }: LearnableSwishTrainOptions,
): LearnableSwishTraining {
  if (!Number.isInteger(steps) || steps < 0)
    throw new Error(`trainLearnableSwish: steps must be an integer ≥ 0, got ${steps}`);
  const stepper = createOptimizer(optimizer, { learningRate });
  const params = [...parameterArrays(net.model), net.betas];
  const history: LearnableSwishTraining = { loss: [], betas: [] };
  for (let step = 0; step <= steps; step++) {
    const gradients = learnableSwishGradients(net, data, loss);
    history.loss.push(gradients.loss);
    history.betas.push(Array.from(net.betas));
    if (step === steps) break;
    stepper.step(params, [...gradients.layers.flatMap((layer) => [layer.weights.data, layer.bias]), gradients.betas]);
  }
  return history;
}

/** The trained model's output for a batch, with the learned β. */
export function predictLearnableSwish(net: LearnableSwishMlp, inputs: Matrix): Matrix {
  const { activations } = mlpForward(withBetas(net), inputs);
  return activations[activations.length - 1];
}
