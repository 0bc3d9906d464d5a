import type { Exercise } from "../types";

export const heInitVariance: Exercise = {
  id: "init-he-variance",
  kind: "function",
  notebook: "07-init-variance",
  title: "The weight variance of He (Kaiming) initialisation",
  statement:
    "A ReLU layer has fan_in inputs and fan_out outputs. Return the weight variance Var(W) of He initialisation in PyTorch's default mode (fan_in), which keeps the forward signal's second moment constant.",
  thinking: "derive",
  difficulty: 1,
  minutes: 4,
  forbids: ["kaimingNormal", "kaimingUniform", "calculateGain"],
  points: 1,
  starter: "function heVariance(fanIn: number, fanOut: number): number",
  // BEGIN SOLUTION
  reference: (fanIn: number): number => 2 / fanIn,
  // END SOLUTION
  publicCases: [
    [256, 128],
    [3, 1000],
    [1000, 10],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [777, 333],
    [4099, 17],
  ],
  // END HIDDEN
  mistakes: [
    {
      name: "1/fan_in (LeCun)",
      answer: (fanIn: number) => 1 / fanIn,
      hint: "ReLU zeroes half of its inputs, halving the second moment; He initialisation doubles the variance to compensate: 2/fan_in",
    },
    {
      name: "2/(fan_in + fan_out) (Xavier)",
      answer: (fanIn: number, fanOut: number) => 2 / (fanIn + fanOut),
      hint: "that is Xavier/Glorot, derived for activations that are linear near 0 (tanh); He for ReLU uses fan_in only: 2/fan_in",
    },
    {
      name: "standard deviation",
      answer: (fanIn: number) => Math.sqrt(2 / fanIn),
      hint: "that is the standard deviation √(2/fan_in); the question asks for the variance",
    },
    {
      name: "2/fan_out",
      answer: (_fanIn: number, fanOut: number) => 2 / fanOut,
      hint: "mode='fan_out' (2/fan_out) preserves the backward pass; PyTorch's default mode='fan_in' preserves the forward pass: 2/fan_in",
    },
    {
      name: "uniform bound √(6/fan_in)",
      answer: (fanIn: number) => Math.sqrt(6 / fanIn),
      hint: "√(6/fan_in) is the bound a of He-uniform U(−a, a); its variance is a²/3 = 2/fan_in",
    },
  ],
};
