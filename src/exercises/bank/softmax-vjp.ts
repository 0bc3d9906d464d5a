import { softmax } from "../../softmax/softmax";
import { softmaxVjp as referenceVjp } from "../../softmax/softmaxJacobian";
import type { Exercise } from "../types";

const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((total, ai, i) => total + ai * b[i], 0);

// Each mistake keeps y = softmax(x) and changes one thing in y ⊙ (v − y·v).
const withProbabilities =
  (combine: (y: number[], v: number[]) => number[], probabilities = (x: number[]) => Array.from(softmax(x))) =>
  (logits: number[], v: number[]): number[] =>
    combine(probabilities(logits), v);

const naiveSoftmax = (logits: number[]): number[] => {
  const exps = logits.map((x) => Math.exp(x));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
};

export const softmaxVjp: Exercise = {
  id: "softmax-vjp",
  kind: "function",
  notebook: "05-softmax",
  title: "The softmax backward pass without the Jacobian",
  statement:
    "Given logits x and an upstream gradient v = ∂L/∂y for y = softmax(x), return ∂L/∂x = Jᵀv with J = diag(y) − yyᵀ, in O(n) time and memory: never build the n×n matrix. Multiply out Jᵀv by hand first and see what it needs. You may import `softmax` from actlab.",
  thinking: "implement",
  difficulty: 2,
  minutes: 8,
  forbids: ["softmaxVjp", "softmaxJacobian", "numericJacobian"],
  points: 2,
  starter: "function softmaxVjp(logits: number[], v: number[]): number[]",
  // BEGIN SOLUTION
  reference: (logits: number[], v: number[]): number[] => Array.from(referenceVjp(logits, v)),
  // END SOLUTION
  publicCases: [
    [
      [1, 2, 3],
      [1, 0, 0],
    ],
    [
      [0.5, -1, 2, 0],
      [1, 2, 3, 4],
    ],
    [
      [1000, 1001, 999],
      [0.5, -1, 2],
    ],
    [
      [2, -1],
      [1, 1],
    ],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [
      [-0.8125, 3.4375, 1.0625, -2.1875, 0.3125],
      [0.25, -1.5, 2.75, 0.125, -0.625],
    ],
    [[7.5], [3.25]],
    [
      [-1000, 0, 1000],
      [1, -2, 3],
    ],
  ],
  // END HIDDEN
  mistakes: [
    {
      name: "y ⊙ v (the diagonal only)",
      answer: withProbabilities((y, v) => y.map((yi, i) => yi * v[i])),
      hint: "y ⊙ v uses only diag(y); the −yyᵀ part of J contributes too: what is (yyᵀ)v in O(n)?",
    },
    {
      name: "sign of the correction",
      answer: withProbabilities((y, v) => y.map((yi, i) => yi * (v[i] + dot(y, v)))),
      hint: "the correction has the wrong sign: J = diag(y) − yyᵀ, so the yyᵀ part is subtracted",
    },
    {
      name: "plain mean of v instead of y·v",
      answer: withProbabilities((y, v) => y.map((yi, i) => yi * (v[i] - v.reduce((a, b) => a + b, 0) / v.length))),
      hint: "subtract the probability-weighted mean y·v = Σⱼ yⱼvⱼ, not the plain mean of v",
    },
    {
      name: "unstable softmax inside",
      answer: withProbabilities((y, v) => y.map((yi, i) => yi * (v[i] - dot(y, v))), naiveSoftmax),
      hint: "compute y with a stable softmax (subtract the max logit first): e^1000 overflows",
    },
  ],
};
