import { softmax } from "../../softmax/softmax";
import type { Exercise } from "../types";

// Every entry of the Jacobian from y = softmax(x), so the mistakes below differ from it in one place each.
const jacobianWith =
  (
    entry: (yi: number, yj: number, onDiagonal: boolean) => number,
    probabilities = (x: number[]) => Array.from(softmax(x)),
  ) =>
  (logits: number[]): number[][] => {
    const y = probabilities(logits);
    return y.map((yi, i) => y.map((yj, j) => entry(yi, yj, i === j)));
  };

const naiveSoftmax = (logits: number[]): number[] => {
  const exps = logits.map((x) => Math.exp(x));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
};

export const softmaxJacobian: Exercise = {
  id: "softmax-jacobian",
  kind: "function",
  notebook: "05-softmax",
  title: "The Jacobian of softmax",
  statement:
    "Derive ∂yᵢ/∂xⱼ for y = softmax(x) with the quotient rule (write S = Σₖ e^(xₖ), so yᵢ = e^(xᵢ)/S), then return the n×n matrix J with Jᵢⱼ = ∂yᵢ/∂xⱼ, as number[][] (rows) or an actlab Matrix, finite for logits as large as 1000. Express the entries through y. You may import `softmax` from actlab. *Hint:* treat i = j and i ≠ j apart.",
  thinking: "derive",
  difficulty: 2,
  minutes: 8,
  forbids: ["softmaxJacobian", "numericJacobian"],
  points: 3,
  starter: "function softmaxJacobian(logits: number[]): number[][]",
  // BEGIN SOLUTION
  reference: jacobianWith((yi, yj, onDiagonal) => (onDiagonal ? yi : 0) - yi * yj),
  // END SOLUTION
  publicCases: [[[1, 2, 3]], [[0, 0]], [[1000, 1000.5, 999]]],
  // BEGIN HIDDEN
  hiddenCases: [[[0.4375, -1.8125, 2.0625, 0.9375]], [[-3.5625]]],
  // END HIDDEN
  mistakes: [
    {
      name: "diagonal only",
      answer: jacobianWith((yi, _yj, onDiagonal) => (onDiagonal ? yi * (1 - yi) : 0)),
      hint: "off the diagonal ∂yᵢ/∂xⱼ is not 0: every output depends on every input through the shared denominator S",
    },
    {
      name: "off-diagonal sign",
      answer: jacobianWith((yi, yj, onDiagonal) => (onDiagonal ? yi * (1 - yi) : yi * yj)),
      hint: "check the sign off the diagonal: raising xⱼ must take probability away from every other yᵢ, so those entries are negative",
    },
    {
      name: "diagonal as a vector",
      answer: (logits: number[]) => Array.from(softmax(logits), (y) => y * (1 - y)),
      hint: "the Jacobian is an n×n matrix (row i, column j), not just its diagonal",
    },
    {
      name: "unstable softmax inside",
      answer: jacobianWith((yi, yj, onDiagonal) => (onDiagonal ? yi : 0) - yi * yj, naiveSoftmax),
      hint: "compute y with a stable softmax (subtract the max logit first): e^1000 overflows",
    },
  ],
};
