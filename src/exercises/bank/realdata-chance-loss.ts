import type { Exercise } from "../types";

export const realDataChanceLoss: Exercise = {
  id: "realdata-chance-loss",
  kind: "function",
  notebook: "10-real-data",
  title: "The loss of a classifier that has learnt nothing",
  statement:
    "A freshly initialised classifier over k classes gives every class the same probability 1/k. What is its softmax cross-entropy loss (natural log) on any example? Return it as a function of k.",
  thinking: "derive",
  difficulty: 1,
  minutes: 3,
  points: 1,
  starter: "function chanceLoss(classes: number): number",
  // BEGIN SOLUTION
  reference: (classes: number): number => Math.log(classes),
  // END SOLUTION
  publicCases: [[10], [2], [1000]],
  // BEGIN HIDDEN
  hiddenCases: [[7], [123]],
  // END HIDDEN
  mistakes: [
    {
      name: "log base 2",
      answer: (classes: number) => Math.log2(classes),
      hint: "cross-entropy in PyTorch and here uses the natural log: −ln(1/k) = ln k (2.303 for 10 classes), not log₂ k",
    },
    {
      name: "the probability itself",
      answer: (classes: number) => 1 / classes,
      hint: "1/k is the probability of the right class; the loss is its negative log, −ln(1/k)",
    },
    {
      name: "the error rate",
      answer: (classes: number) => 1 - 1 / classes,
      hint: "1 − 1/k is the expected error rate of guessing; the loss is −ln(probability of the right class) = ln k",
    },
  ],
};
