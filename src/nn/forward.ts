import type { Matrix } from "../linear/matrix";
import { matmul } from "../linear/matrix";
import { addToRows } from "../linear/batch";
import { resolveLayerActivation, type Mlp } from "./mlp";

/** Everything the backward pass needs: each layer's pre-activation z and output a, one sample per row. */
export interface ForwardCache {
  readonly inputs: Matrix;
  readonly preActivations: readonly Matrix[];
  /** activations[l] is layer l's output, and layer l + 1's input; the last one is the model's output. */
  readonly activations: readonly Matrix[];
}

function checkInputs(model: Mlp, inputs: Matrix): void {
  if (inputs.cols !== model.sizes[0]) {
    throw new Error(`the model takes ${model.sizes[0]} input columns, got a ${inputs.rows}×${inputs.cols} matrix`);
  }
}

export function addInPlace(target: Float64Array, values: Float64Array): void {
  for (let i = 0; i < target.length; i++) target[i] += values[i];
}

/** Batched forward pass: z = x·W + b, a = f(z) (+ x on residual layers), layer by layer. */
export function mlpForward(model: Mlp, inputs: Matrix): ForwardCache {
  checkInputs(model, inputs);
  const preActivations: Matrix[] = [];
  const activations: Matrix[] = [];
  let layerInput = inputs;
  for (const layer of model.layers) {
    const preActivation = addToRows(matmul(layerInput, layer.weights), layer.bias);
    const output: Matrix = { ...preActivation, data: resolveLayerActivation(layer).forward(preActivation.data) };
    if (layer.residual) addInPlace(output.data, layerInput.data);
    preActivations.push(preActivation);
    activations.push(output);
    layerInput = output;
  }
  return { inputs, preActivations, activations };
}

/** The model's output for a batch (for classification, logits: see predictClasses). */
export function predict(model: Mlp, inputs: Matrix): Matrix {
  const { activations } = mlpForward(model, inputs);
  return activations[activations.length - 1];
}

/** Class per row: logit > 0 for a single output column (binary), else the argmax over columns. */
export function classesFromOutput(output: Matrix): Int32Array {
  const classes = new Int32Array(output.rows);
  for (let i = 0; i < output.rows; i++) {
    const row = output.data.subarray(i * output.cols, (i + 1) * output.cols);
    if (output.cols === 1) {
      classes[i] = row[0] > 0 ? 1 : 0;
      continue;
    }
    let best = 0;
    for (let j = 1; j < row.length; j++) if (row[j] > row[best]) best = j;
    classes[i] = best;
  }
  return classes;
}

export function predictClasses(model: Mlp, inputs: Matrix): Int32Array {
  return classesFromOutput(predict(model, inputs));
}

/** Fraction of rows whose predicted class equals the label. */
export function accuracy(output: Matrix, labels: ArrayLike<number>): number {
  const predicted = classesFromOutput(output);
  let correct = 0;
  for (let i = 0; i < predicted.length; i++) if (predicted[i] === labels[i]) correct++;
  return correct / predicted.length;
}
