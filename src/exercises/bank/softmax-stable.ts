import { softmax as stableSoftmax } from "../../softmax/softmax";
import type { Exercise } from "../types";
// BEGIN HIDDEN
import { sampleVectors } from "../sampleScalars";
// END HIDDEN

const exps = (logits: readonly number[]): number[] => logits.map((x) => Math.exp(x));
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

export const softmax: Exercise = {
  id: "softmax-stable",
  kind: "function",
  notebook: "05-softmax",
  title: "A softmax that never overflows",
  statement:
    "The formula as written returns NaN at x = [1000, 999, 998] (above). Implement softmax(x)ᵢ = e^(xᵢ)/Σⱼ e^(xⱼ) so that it is finite and correct for every vector of logits between −1000 and 1000. *Hint:* shift invariance lets you choose c freely: which c keeps every e^(xᵢ + c) between 0 and 1?",
  thinking: "implement",
  difficulty: 1,
  minutes: 5,
  forbids: ["softmax", "logSoftmax", "logSumExp"],
  points: 2,
  starter: "function softmax(logits: number[]): number[]",
  // BEGIN SOLUTION
  reference: (logits: number[]): number[] => Array.from(stableSoftmax(logits)),
  // END SOLUTION
  publicCases: [[[1, 2, 3]], [[1000, 1001, 1002]], [[-1, 0, 1, 2]], [[5]], [[-1000, 0, 1000]]],
  // BEGIN HIDDEN
  hiddenCases: [[[-999.5, -1000]], [[0.375, -2.625]], ...sampleVectors(8_861_007, 4, 6, 3)],
  // END HIDDEN
  mistakes: [
    {
      name: "no max subtraction",
      answer: (logits: number[]) => exps(logits).map((e) => e / sum(exps(logits))),
      hint: "subtract max(x) from every logit before exponentiating: softmax is unchanged by a shift, and e^1000 overflows to Infinity",
    },
    {
      name: "shifted by the smallest logit",
      answer: (logits: number[]) => {
        const shifted = exps(logits.map((x) => x - Math.min(...logits)));
        return shifted.map((e) => e / sum(shifted));
      },
      hint: "shifting by min(x) keeps every exponent ≥ 0, so e^2000 still overflows for [−1000, 0, 1000]: shift by max(x), so every exponent is ≤ 0",
    },
    {
      name: "normalised by Σ x instead of Σ e^x",
      answer: (logits: number[]) => logits.map((x) => Math.exp(x) / sum(logits)),
      hint: "normalise by Σⱼ e^(xⱼ), the sum of the exponentials, not by the sum of the logits",
    },
    {
      name: "returns the normaliser",
      answer: (logits: number[]) => sum(exps(logits)),
      hint: "softmax returns one probability per logit: a vector as long as its input",
    },
  ],
};
