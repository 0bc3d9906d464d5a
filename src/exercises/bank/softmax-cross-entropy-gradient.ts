import { crossEntropy } from "../../softmax/crossEntropy";
import { softmax } from "../../softmax/softmax";
import type { Exercise } from "../types";

const probabilities = (logits: number[]): number[] => Array.from(softmax(logits));
const oneHot = (length: number, index: number): number[] => Array.from({ length }, (_, i) => (i === index ? 1 : 0));

export const softmaxCrossEntropyGradient: Exercise = {
  id: "softmax-cross-entropy-gradient",
  kind: "function",
  notebook: "05-softmax",
  title: "The gradient of softmax + cross-entropy",
  statement:
    "L = −log softmax(x)ₜ for the correct class t, the negative log-likelihood above. Derive ∂L/∂x and return it, a vector as long as x, finite for logits as large as 1000. You may import `softmax` from actlab. *Hint:* write L with log-sum-exp first, and mind the sign (the gradient, not the descent direction).",
  thinking: "derive",
  difficulty: 2,
  minutes: 6,
  forbids: ["crossEntropy", "numericGradient"],
  points: 2,
  starter: "function crossEntropyGradient(logits: number[], targetClass: number): number[]",
  // BEGIN SOLUTION
  reference: (logits: number[], targetClass: number): number[] =>
    Array.from(crossEntropy(logits, targetClass).gradWrtLogits),
  // END SOLUTION
  publicCases: [
    [[1, 2, 3], 0],
    [[0, 0], 1],
    [[2, 1, 0.1, -1], 3],
    [[1000, 0, -1000], 2],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [[-2.3125, 0.6875, 4.1875, 1.5625, -0.4375], 1],
    [[3.75], 0],
    [[-1000, 1000], 0],
  ],
  // END HIDDEN
  mistakes: [
    {
      name: "t − y",
      answer: (logits: number[], t: number) => probabilities(logits).map((y, i) => (i === t ? 1 : 0) - y),
      hint: "that is −∂L/∂x, the direction of descent: flip the sign",
    },
    {
      name: "forgot the one-hot target",
      answer: (logits: number[]) => probabilities(logits),
      hint: "L = LSE(x) − xₜ: you have the gradient of the LSE part; the −xₜ part adds −1 at the target class",
    },
    {
      name: "gradient with respect to the probabilities",
      answer: (logits: number[], t: number) =>
        oneHot(logits.length, t).map((ti, i) => (ti === 1 ? -1 / probabilities(logits)[i] : 0)),
      hint: "−1/yₜ at the target is ∂L/∂y, not ∂L/∂x: chain it through the softmax Jacobian, Jᵀ(∂L/∂y)",
    },
  ],
};
