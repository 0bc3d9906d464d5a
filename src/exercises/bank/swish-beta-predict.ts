import type { Exercise } from "../types";

export const swishBetaPredict: Exercise = {
  id: "swish-beta-predict",
  kind: "choice",
  notebook: "04-smooth-gates",
  title: "Which way does β move?",
  statement:
    "The cell below trains a [1, 8, 1] network whose hidden layer is x·σ(βx) with β learned beside the weights: β starts at 1 (SiLU), 1500 full-batch Adam steps at learning rate 0.02 (seed 1), 64 points of y = x² on [−2, 2]. Where is β at the end? Answer with the letter before running the training.",
  thinking: "predict",
  difficulty: 2,
  minutes: 4,
  placeAfter: "**The experiment.**",
  points: 1,
  starter: 'const betaPrediction = (): string => "…"',
  options: {
    A: "Above 2: the gate sharpens towards ReLU, whose kink fits the parabola's bottom.",
    B: "Below 0.5: a flatter gate makes each unit nearly x/2 + βx²/4, a parabola already.",
    C: "Between 0.9 and 1.1: β only rescales what the weights can rescale, so it barely moves.",
    D: "Below 0: a negative β flips the gate, and x² is symmetric.",
  },
  // BEGIN SOLUTION
  reference: "B", // measured in notebook 04: β ≈ 0.25 after 1500 steps (seed 1); on |x| it rises to ≈ 2.8
  // END SOLUTION
  publicCases: [],
  mistakes: [
    {
      name: "sharper is always better",
      answer: "A",
      hint: "x² has no kink: a sharp gate makes each unit a hinge, and a parabola built from hinges is a polygon. Near β = 0, x·σ(βx) = x/2 + βx²/4 + O(β³x⁴), so each unit is nearly a parabola",
    },
    {
      name: "β is redundant, so it stays",
      answer: "C",
      hint: "β·w and the next layer's weight can trade scale, but the gradient ∂L/∂β = Σ ∂L/∂a · z²σ(βz)(1 − σ(βz)) is not zero at β = 1, so gradient descent moves β as it moves every weight",
    },
    {
      name: "symmetry calls for a flipped gate",
      answer: "D",
      hint: "x·σ(−βx) is x minus x·σ(βx): a negative β does not make a unit symmetric; a symmetric target is fitted by units facing both ways, set by the signs of the weights",
    },
  ],
};
