import type { Exercise } from "../types";

export const sigmoidUpdateSigns: Exercise = {
  id: "sigmoid-update-signs",
  kind: "choice",
  notebook: "02-sigmoid-tanh",
  title: "Positive inputs and the signs of a weight update",
  statement:
    "A neuron z = Σᵢ wᵢaᵢ + b receives only sigmoid outputs aᵢ ∈ (0, 1). In one gradient-descent step on one sample, what can you say about the updates Δwᵢ = −η·(∂L/∂z)·aᵢ of its weights? Answer with the letter.",
  thinking: "choose",
  difficulty: 2,
  minutes: 5,
  points: 1,
  starter: 'const updateSigns = (): string => "…"',
  options: {
    A: "they all have the same sign, the sign of −∂L/∂z",
    B: "their signs are random, half positive and half negative",
    C: "they are all zero, because σ saturates",
    D: "they are all positive, because the inputs are positive",
  },
  // BEGIN SOLUTION
  reference: "A",
  // END SOLUTION
  publicCases: [],
  mistakes: [
    {
      name: "random signs",
      answer: "B",
      hint: "Δwᵢ = −η·(∂L/∂z)·aᵢ: one shared factor −η·∂L/∂z times aᵢ > 0, so every Δwᵢ has that factor's sign",
    },
    {
      name: "all zero",
      answer: "C",
      hint: "the inputs aᵢ come from sigmoids, but this neuron's own gradient ∂L/∂z need not be 0; the update is −η·(∂L/∂z)·aᵢ",
    },
    {
      name: "all positive",
      answer: "D",
      hint: "aᵢ > 0 fixes only that the updates share a sign; which sign depends on ∂L/∂z, which can be negative or positive",
    },
  ],
};
