import type { Exercise } from "../types";
// BEGIN HIDDEN
import { sampleScalars } from "../sampleScalars";
// END HIDDEN

export const tanhDerivative: Exercise = {
  id: "tanh-derivative",
  kind: "function",
  // Only the tour's worked example: as an exercise in 02 its answer would already be shown (issue 14).
  notebook: "00-tour",
  title: "The derivative of tanh",
  statement: "Implement tanh′(x), correct for every x from −1000 to 1000.",
  thinking: "implement",
  difficulty: 1,
  minutes: 3,
  forbids: ["activation"],
  workedExampleIn: "00-tour",
  // The notebook plots this curve, so a failing check draws the answer against it.
  curve: { range: [-5, 5] },
  points: 1,
  starter: "function tanhDerivative(x: number): number",
  // BEGIN SOLUTION
  reference: (x: number): number => 1 - Math.tanh(x) ** 2,
  // END SOLUTION
  publicCases: [[0], [0.5], [-2], [30]],
  // BEGIN HIDDEN
  hiddenCases: [[-1.0625], [2.71875], ...sampleScalars(4_410_023, 6, -8, 8)],
  // END HIDDEN
  mistakes: [
    {
      name: "1 − tanh(x), not squared",
      answer: (x: number) => 1 - Math.tanh(x),
      hint: "tanh′(x) = 1 − tanh(x)²: the tanh is squared",
    },
    {
      name: "1 + tanh²",
      answer: (x: number) => 1 + Math.tanh(x) ** 2,
      hint: "tanh′(x) = 1 − tanh(x)²: it is at most 1, reached at x = 0, and decays to 0 (a minus, not a plus)",
    },
    {
      name: "σ′'s pattern: tanh·(1 − tanh)",
      answer: (x: number) => Math.tanh(x) * (1 - Math.tanh(x)),
      hint: "t(1 − t) is the sigmoid's pattern, σ′ = σ(1 − σ); for tanh the derivative is 1 − t², which is 1 (not 0) at x = 0",
    },
  ],
};
