import type { Exercise } from "../types";
// BEGIN HIDDEN
import { sampleScalars } from "../sampleScalars";
// END HIDDEN

const naiveOverflowing = (x: number): number => Math.exp(x) / (1 + Math.exp(x));

export const sigmoidStable: Exercise = {
  id: "sigmoid-stable",
  kind: "function",
  notebook: "02-sigmoid-tanh",
  title: "A sigmoid that never overflows",
  statement:
    "Implement σ(x) = 1/(1 + e^(−x)) so that it returns a finite, correct value for every x from −1000 to 1000 and NaN for NaN.",
  thinking: "implement",
  difficulty: 2,
  minutes: 8,
  forbids: ["sigmoid", "logSigmoid", "log1pExp", "activation"],
  // The notebook plots this curve, so a failing check draws the answer against it.
  curve: { range: [-8, 8] },
  points: 2,
  starter: "function sigmoidStable(x: number): number",
  // BEGIN SOLUTION
  reference: (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x))),
  // END SOLUTION
  publicCases: [[0], [2], [-3], [800], [-800], [NaN]],
  // BEGIN HIDDEN
  hiddenCases: [[709.5], [-745.25], [36.875], [-0.0625], ...sampleScalars(731_202, 8, -60, 60)],
  // END HIDDEN
  mistakes: [
    {
      name: "e^x/(1+e^x) for every x",
      answer: naiveOverflowing,
      hint: "e^x/(1 + e^x) overflows for large positive x (Infinity/Infinity = NaN): use 1/(1 + e^(−x)) when x ≥ 0 and e^x/(1 + e^x) only when x < 0",
    },
    {
      name: "exponent sign flipped",
      answer: (x: number) => 1 / (1 + Math.exp(x)),
      hint: "1/(1 + e^x) is σ(−x) = 1 − σ(x): the exponent is −x",
    },
    {
      name: "tanh identity without the halving",
      answer: (x: number) => 0.5 * (1 + Math.tanh(x)),
      hint: "σ(x) = ½(1 + tanh(x/2)): the tanh takes x/2 (equivalently tanh(x) = 2σ(2x) − 1)",
    },
  ],
};
