import type { Exercise } from "../types";
// BEGIN HIDDEN
import { sampleScalars } from "../sampleScalars";
// END HIDDEN

export const leakyReluGain: Exercise = {
  id: "init-leaky-relu-gain",
  kind: "function",
  notebook: "07-init-variance",
  title: "The gain of Leaky ReLU, derived",
  statement:
    "Leaky ReLU with negative slope a is z for z > 0 and a·z otherwise. PyTorch writes an init as std(w) = gain/√fan_in. Derive the gain g(a) that keeps the second moment of the pre-activations from layer to layer when z is symmetric about 0 (what calculate_gain('leaky_relu', a) returns), and return it. *Hint:* redo the He argument; what share of E[z²] does leaky_relu(z)² keep?",
  thinking: "derive",
  difficulty: 2,
  minutes: 6,
  forbids: ["calculateGain", "gainEntry"],
  points: 1,
  starter: "function leakyReluGain(negativeSlope: number): number",
  // BEGIN SOLUTION
  reference: (negativeSlope: number): number => Math.sqrt(2 / (1 + negativeSlope ** 2)),
  // END SOLUTION
  publicCases: [[0], [0.01], [0.2], [1]],
  // BEGIN HIDDEN
  hiddenCases: sampleScalars(70_701, 3, 0, 1),
  // END HIDDEN
  mistakes: [
    {
      name: "ReLU's √2 for every slope",
      answer: () => Math.SQRT2,
      hint: "√2 is the gain for a = 0 only; the negative side keeps a² of its second moment, so E[f(z)²] = (1 + a²)σ²/2 and g = √(2/(1 + a²))",
    },
    {
      name: "the variance factor instead of the gain",
      answer: (negativeSlope: number) => 2 / (1 + negativeSlope ** 2),
      hint: "2/(1 + a²) is g², the factor on the variance; the gain multiplies the standard deviation: take the square root",
    },
    {
      name: "a instead of a²",
      answer: (negativeSlope: number) => Math.sqrt(2 / (1 + negativeSlope)),
      hint: "the negative half contributes E[(az)²] = a²·σ²/2: the slope enters squared, √(2/(1 + a²))",
    },
    {
      name: "the second moment itself",
      answer: (negativeSlope: number) => Math.sqrt((1 + negativeSlope ** 2) / 2),
      hint: "√((1 + a²)/2) is how much the activation shrinks the signal; the gain undoes that shrinking: its reciprocal √(2/(1 + a²))",
    },
  ],
};
