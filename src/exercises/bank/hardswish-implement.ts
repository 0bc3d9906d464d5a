import type { Exercise } from "../types";

export const hardswishImplement: Exercise = {
  id: "hardswish-implement",
  kind: "function",
  notebook: "04-smooth-gates",
  title: "Hard-swish from ReLU6",
  statement:
    "Implement hard-swish (Howard et al. 2019, MobileNetV3): x·ReLU6(x + 3)/6, with ReLU6(z) = min(max(z, 0), 6). Use no exp.",
  thinking: "implement",
  difficulty: 1,
  minutes: 4,
  forbids: ["activation"],
  // The notebook plots this curve, so a failing check draws the answer against it.
  curve: { range: [-5, 5] },
  points: 1,
  starter: "function hardswish(x: number): number",
  // BEGIN SOLUTION
  reference: (x: number): number => (x * Math.min(Math.max(x + 3, 0), 6)) / 6,
  // END SOLUTION
  publicCases: [[-4], [-3], [-1], [0], [1], [3], [5]],
  // BEGIN HIDDEN
  hiddenCases: [[-2.8125], [0.4375], [2.9375], [9.25]],
  // END HIDDEN
  mistakes: [
    {
      name: "hard-sigmoid (the gate) only",
      answer: (x: number) => Math.min(Math.max(x + 3, 0), 6) / 6,
      hint: "ReLU6(x + 3)/6 is hard-sigmoid, the gate; hard-swish multiplies it by x, as swish is x·σ(x)",
    },
    {
      name: "missing /6",
      answer: (x: number) => x * Math.min(Math.max(x + 3, 0), 6),
      hint: "divide by 6 so the gate ReLU6(x + 3)/6 runs from 0 to 1 (like σ); without it hard-swish(5) would be 30, not 5",
    },
    {
      name: "missing +3",
      answer: (x: number) => (x * Math.min(Math.max(x, 0), 6)) / 6,
      hint: "the gate is shifted: ReLU6(x + 3)/6 is ½ at x = 0, like σ(0), and reaches 0 and 1 at x = −3 and 3",
    },
  ],
};
