/**
 * Losses over a batch (one sample per row), each returning the mean loss and ∂loss/∂output, as data
 * in a registry. Classification losses take logits (the model's output activation is the identity).
 */
import { crossEntropy } from "../softmax/crossEntropy";
import type { Matrix } from "../linear/matrix";
import { log1pExp, sigmoid } from "../numerics/logistic";
import { createRegistry } from "../util/registry";

/** What a loss compares the output with: class labels or real targets (output.rows × output.cols, row-major). */
export interface LossTargets {
  readonly labels?: ArrayLike<number>;
  readonly targets?: ArrayLike<number>;
}

export interface LossResult {
  readonly loss: number;
  readonly gradWrtOutput: Matrix;
}

export interface Loss {
  readonly name: string;
  readonly description: string;
  /** The torch.nn equivalent. */
  readonly torch: string;
  compute(output: Matrix, data: LossTargets): LossResult;
}

function requireLength(
  loss: string,
  what: string,
  values: ArrayLike<number> | undefined,
  expected: number,
): ArrayLike<number> {
  if (values === undefined) throw new Error(`${loss} needs ${what}, but none were given`);
  if (values.length !== expected) throw new Error(`${loss}: ${what} has length ${values.length}, expected ${expected}`);
  return values;
}

const mse: Loss = {
  name: "mse",
  description: "Mean squared error over every output entry: mean((y − t)²).",
  torch: "torch.nn.MSELoss()",
  compute(output, { targets }) {
    const expected = requireLength("mse", "targets", targets, output.data.length);
    const count = output.data.length;
    const grad = new Float64Array(count);
    let sum = 0;
    for (let i = 0; i < count; i++) {
      const residual = output.data[i] - expected[i];
      sum += residual * residual;
      grad[i] = (2 * residual) / count;
    }
    return { loss: sum / count, gradWrtOutput: { ...output, data: grad } };
  },
};

const bceWithLogits: Loss = {
  name: "bce_with_logits",
  description:
    "Binary cross-entropy on one logit per row, labels 0/1; −log σ(x) is computed as softplus(−x), never log 0.",
  torch: "torch.nn.BCEWithLogitsLoss()",
  compute(output, { labels }) {
    if (output.cols !== 1) throw new Error(`bce_with_logits needs one output column (a logit), got ${output.cols}`);
    const classes = requireLength("bce_with_logits", "labels", labels, output.rows);
    const grad = new Float64Array(output.rows);
    let sum = 0;
    for (let i = 0; i < output.rows; i++) {
      const logit = output.data[i];
      const target = classes[i];
      if (target !== 0 && target !== 1)
        throw new Error(`bce_with_logits: labels must be 0 or 1, got ${target} at row ${i}`);
      // −[t log σ(x) + (1 − t) log(1 − σ(x))] = softplus(x) − t·x, and softplus is overflow-safe.
      sum += log1pExp(logit) - target * logit;
      grad[i] = (sigmoid(logit) - target) / output.rows;
    }
    return { loss: sum / output.rows, gradWrtOutput: { ...output, data: grad } };
  },
};

const softmaxCrossEntropy: Loss = {
  name: "softmax_cross_entropy",
  description: "Cross-entropy of softmax over k logits per row against a class index; gradient (softmax − onehot)/n.",
  torch: "torch.nn.CrossEntropyLoss()",
  compute(output, { labels }) {
    const classes = requireLength("softmax_cross_entropy", "labels", labels, output.rows);
    const grad = new Float64Array(output.data.length);
    let sum = 0;
    for (let i = 0; i < output.rows; i++) {
      const logits = output.data.subarray(i * output.cols, (i + 1) * output.cols);
      const { loss, gradWrtLogits } = crossEntropy(logits, classes[i]);
      sum += loss;
      for (let j = 0; j < output.cols; j++) grad[i * output.cols + j] = gradWrtLogits[j] / output.rows;
    }
    return { loss: sum / output.rows, gradWrtOutput: { ...output, data: grad } };
  },
};

export const losses: readonly Loss[] = [mse, bceWithLogits, softmaxCrossEntropy];
const registry = createRegistry("loss", losses, (entry) => entry.name);

export function lossNames(): string[] {
  return registry.names();
}

export function loss(name: string): Loss {
  return registry.get(name);
}

/** The natural loss for the data: MSE for targets, BCE for labels with one output, softmax CE for k outputs. */
export function defaultLossName(data: LossTargets, outputWidth: number): string {
  if (data.labels === undefined) return "mse";
  return outputWidth === 1 ? "bce_with_logits" : "softmax_cross_entropy";
}
