import type { Exercise } from "../types";

export const deepGradientPredict: Exercise = {
  id: "init-deep-gradient-predict",
  kind: "choice",
  notebook: "07-init-variance",
  title: "Predict: the gradient at the bottom of a 50-layer sigmoid network",
  statement:
    "A 50-layer sigmoid network (width 32) is initialised with Xavier, Var(w) = 2/(fan_in + fan_out). Before you run the grid, predict how the gradient reaching layer 1 compares with the gradient at layer 50. Answer with the letter.",
  thinking: "predict",
  difficulty: 2,
  minutes: 4,
  points: 1,
  starter: 'const deepGradientPrediction = (): string => "…"',
  options: {
    A: "about the same (within a factor 10): Xavier was designed to keep it so",
    B: "10 to 1000 times smaller",
    C: "more than 10²⁰ times smaller",
    D: "larger: sigmoid gradients explode",
  },
  // BEGIN SOLUTION
  reference: "C",
  // END SOLUTION
  publicCases: [],
  mistakes: [
    {
      name: "Xavier keeps the gradient (seed note 003)",
      answer: "A",
      hint: "Xavier assumes f′(0) = 1 (true for tanh); σ′ ≤ 1/4, so each layer multiplies the gradient by about √(n·Var(w)·E[σ′(z)²]) ≈ 0.25, and 0.25⁴⁹ ≈ 10⁻³⁰",
    },
    {
      name: "a modest loss",
      answer: "B",
      hint: "the factor per layer (≈ 0.25) compounds: over 49 layers it is 0.25⁴⁹ ≈ 10⁻³⁰, not a factor of 1000",
    },
    {
      name: "explosion (seed note 003, E21)",
      answer: "D",
      hint: "σ′ ≤ 1/4 can only shrink the backward signal unless the weights are large; with Xavier the gradient vanishes (see erratum E21)",
    },
  ],
};
