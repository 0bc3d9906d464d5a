/**
 * A small multilayer perceptron as plain data: a list of layers, each a fanIn×fanOut weight matrix
 * (rows = inputs, the convention of src/init), a bias and the activation that follows it. A batch
 * has one sample per row, so layer l computes z = x·W + b, a = f(z) (+ x with a residual connection).
 */
import { activation as lookupActivation, type Activation } from "../activations/activation";
import { initWeights, type InitScheme } from "../init/registry";
import type { Matrix } from "../linear/matrix";
import { createRng } from "../numerics/random";

/** An activation by name, optionally with its torch.nn.functional parameters. */
export type ActivationChoice = string | { readonly name: string; readonly params?: Readonly<Record<string, unknown>> };

export interface LayerActivation {
  readonly name: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export interface Layer {
  /** fanIn×fanOut. Trained in place. */
  readonly weights: Matrix;
  readonly bias: Float64Array;
  readonly activation: LayerActivation;
  /** Adds the layer's input to its output (only for layers whose fanIn equals fanOut). */
  readonly residual: boolean;
}

export interface Mlp {
  readonly sizes: readonly number[];
  readonly layers: readonly Layer[];
}

export interface MlpSpec {
  /** Widths from input to output, e.g. [2, 16, 16, 1]. */
  readonly sizes: readonly number[];
  /** Activation after each hidden layer (default "relu"). */
  readonly activation?: ActivationChoice;
  /** Activation after the last layer (default "identity": the losses take logits). */
  readonly outputActivation?: ActivationChoice;
  /** Init scheme name from initSchemeNames(), or a scheme object (default "he_lecun"). */
  readonly init?: string | InitScheme;
  readonly seed?: number;
  /** Residual connections a = x + f(z) on every layer whose input and output widths match. */
  readonly residual?: boolean;
}

export function layerActivation(choice: ActivationChoice): LayerActivation {
  return typeof choice === "string" ? { name: choice, params: {} } : { name: choice.name, params: choice.params ?? {} };
}

const resolvedActivations = new WeakMap<LayerActivation, Activation>();

/** The layer's activation, resolved once per layer (the lookup validates parameters and builds LaTeX). */
export function resolveLayerActivation(layer: Layer): Activation {
  let resolved = resolvedActivations.get(layer.activation);
  if (resolved === undefined) {
    resolved = lookupActivation(layer.activation.name, layer.activation.params);
    resolvedActivations.set(layer.activation, resolved);
  }
  return resolved;
}

/** Builds an MLP with weights drawn from the init scheme (biases start at zero), deterministic in the seed. */
export function createMlp(spec: MlpSpec): Mlp {
  const { sizes, init = "he_lecun", seed = 0, residual = false } = spec;
  if (sizes.length < 2 || !sizes.every((size) => Number.isInteger(size) && size >= 1)) {
    throw new Error(
      `createMlp: sizes must list at least two positive integers (input … output), got [${sizes.join(", ")}]`,
    );
  }
  const hidden = layerActivation(spec.activation ?? "relu");
  const output = layerActivation(spec.outputActivation ?? "identity");
  const rng = createRng(seed);
  const layers = sizes.slice(1).map((fanOut, index): Layer => {
    const fanIn = sizes[index];
    const activation = index === sizes.length - 2 ? output : hidden;
    // Fails early, with the registry's message, on a misspelt activation or parameter.
    lookupActivation(activation.name, activation.params);
    const weights = initWeights(
      init,
      { fanIn, fanOut, activation: activation.name, activationParams: activation.params },
      rng,
    );
    return { weights, bias: new Float64Array(fanOut), activation, residual: residual && fanIn === fanOut };
  });
  return { sizes: [...sizes], layers };
}

/** A deep copy, so an experiment can start several runs from the same weights. */
export function cloneMlp(model: Mlp): Mlp {
  return {
    sizes: [...model.sizes],
    layers: model.layers.map((layer) => ({
      ...layer,
      weights: { ...layer.weights, data: Float64Array.from(layer.weights.data) },
      bias: Float64Array.from(layer.bias),
    })),
  };
}

/** Every trainable array, in order [W₀, b₀, W₁, b₁, …]: what optimisers and clipping walk over. */
export function parameterArrays(model: Mlp): Float64Array[] {
  return model.layers.flatMap((layer) => [layer.weights.data, layer.bias]);
}
