import { sigmoid as logistic } from "../../numerics/logistic";
import type { Exercise } from "../types";
// BEGIN HIDDEN
import { sampleScalars } from "../sampleScalars";
// END HIDDEN

export const sigmoidDerivative: Exercise = {
  id: "sigmoid-derivative",
  kind: "function",
  notebook: "02-sigmoid-tanh",
  title: "The derivative of the sigmoid",
  statement:
    "Implement σ′(x) = dσ/dx, finite for every x from −1000 to 1000 (you may import `sigmoid` from actlab). *Hint:* write σ′ in terms of σ; a stable σ is imported from the core as `sigmoid`.",
  thinking: "implement",
  difficulty: 1,
  minutes: 5,
  forbids: ["activation"],
  // The notebook plots this curve, so a failing check draws the answer against it.
  curve: { range: [-8, 8] },
  points: 2,
  starter: "function sigmoidDerivative(x: number): number",
  // BEGIN SOLUTION
  reference: (x: number): number => logistic(x) * (1 - logistic(x)),
  // END SOLUTION
  publicCases: [[0], [1.5], [-4], [40], [-750]],
  // BEGIN HIDDEN
  hiddenCases: [[-712.5], [3.3125], [-0.4375], ...sampleScalars(1_907_663, 8, -30, 30)],
  // END HIDDEN
  mistakes: [
    {
      name: "σ(1 + σ)",
      answer: (x: number) => logistic(x) * (1 + logistic(x)),
      hint: "σ′ = σ(x)·(1 − σ(x)): the second factor is 1 − σ(x), not 1 + σ(x)",
    },
    {
      name: "e^(−x)/(1 + e^(−x))² for every x",
      answer: (x: number) => Math.exp(-x) / (1 + Math.exp(-x)) ** 2,
      hint: "e^(−x)/(1 + e^(−x))² overflows at large negative x (Infinity/Infinity): write it as σ(x)(1 − σ(x)) with a stable σ",
    },
    {
      name: "σ itself",
      answer: logistic,
      hint: "that is σ(x) itself; the exercise asks for its derivative σ(x)(1 − σ(x))",
    },
  ],
};
