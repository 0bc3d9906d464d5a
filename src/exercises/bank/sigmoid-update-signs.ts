import type { Exercise } from "../types";

export const sigmoidUpdateSigns: Exercise = {
  id: "sigmoid-update-signs",
  kind: "choice",
  notebook: "02-sigmoid-tanh",
  title: "Positive inputs and the signs of a weight update",
  statement:
    "A neuron u = Σᵢ wᵢaᵢ + b of the next layer receives only sigmoid outputs aᵢ ∈ (0, 1). In one gradient-descent step on one sample, what can you say about the updates Δwᵢ = −η·(∂L/∂u)·aᵢ of its weights? Answer with the letter.",
  thinking: "choose",
  difficulty: 2,
  minutes: 5,
  points: 1,
  starter: 'const updateSigns = (): string => "…"',
  options: {
    A: "they all have the same sign, the sign of −∂L/∂u",
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
      hint: "Δwᵢ = −η·(∂L/∂u)·aᵢ: one shared factor −η·∂L/∂u times aᵢ > 0, so every Δwᵢ has that factor's sign",
    },
    {
      name: "all zero",
      answer: "C",
      hint: "the inputs aᵢ come from sigmoids, but this neuron's own gradient ∂L/∂u need not be 0; the update is −η·(∂L/∂u)·aᵢ",
    },
    {
      name: "all positive",
      answer: "D",
      hint: "aᵢ > 0 fixes only that the updates share a sign; which sign depends on ∂L/∂u, which can be negative or positive",
    },
  ],
};
