import type { Exercise } from "../types";

export const initLossPredict: Exercise = {
  id: "gradients-init-loss-predict",
  kind: "numeric",
  notebook: "08-gradients-depth",
  title: "Predict the loss before the first step",
  statement:
    "The cell after your answer builds a tanh network [2, 32, 32, 4] for a 4-class spiral (300 points, 75 per class), multiplies its last layer's weights by 0.01, and measures the mean softmax cross-entropy before any training. Predict that number (3 significant digits) before you run it.",
  thinking: "predict",
  difficulty: 1,
  minutes: 3,
  placeAfter: "## Training diagnostics",
  points: 1,
  starter: "const initialLoss = (): number => …",
  // BEGIN SOLUTION
  reference: Math.log(4), // logits ≈ 0 → softmax ≈ (¼, ¼, ¼, ¼) → −ln ¼ = ln 4
  // END SOLUTION
  significantDigits: 3,
  publicCases: [],
  mistakes: [
    {
      name: "log base 2",
      answer: 2,
      hint: "cross-entropy uses the natural log: with every probability ¼ the loss is −ln ¼ = ln 4, not log₂ 4 = 2",
    },
    {
      name: "the probability instead of its log",
      answer: 0.25,
      hint: "¼ is the probability the near-zero logits give every class; the loss is its negative log, −ln ¼",
    },
    {
      name: "the two-class value",
      answer: Math.LN2,
      hint: "ln 2 = 0.693 is the loss of a constant guess with two classes; with four equally likely classes each gets ¼",
    },
    {
      name: "a tiny last layer means a tiny loss",
      answer: 0,
      hint: "small weights make the logits small, not the loss: logits near 0 give the uniform softmax, which is far from right for every example",
    },
  ],
};
