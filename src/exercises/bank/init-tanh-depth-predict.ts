import type { Exercise } from "../types";

export const tanhDepthPredict: Exercise = {
  id: "init-tanh-depth-predict",
  kind: "choice",
  notebook: "07-init-variance",
  title: "Predict: which init keeps a deep tanh net's std nearest 1?",
  statement:
    'A 50-layer tanh network (width 32, zero biases, inputs N(0, 1)) is initialised four ways. Before running the grid, predict: at layer 50, which init gives activations whose standard deviation is nearest 1? Then look at the saturated fraction as well, and decide whether "nearest 1" is what you wanted.',
  thinking: "predict",
  difficulty: 2,
  minutes: 5,
  placeAfter: 'check("init-deep-gradient-predict"',
  points: 1,
  starter: 'const nearestOne = (): string => "…"',
  options: {
    A: "𝒩(0, 1) weights",
    B: "0.01·𝒩(0, 1) weights",
    C: "Xavier (Var(w) = 1/n for a square layer)",
    D: "PyTorch's tanh gain 5/3 (Var(w) = (5/3)²/n)",
  },
  // BEGIN SOLUTION
  reference: "A", // std ≈ 0.92 at layer 50, because about 68% of the units sit in tanh's flat tails (±1)
  // END SOLUTION
  publicCases: [],
  mistakes: [
    {
      name: "Xavier, designed to keep the variance",
      answer: "C",
      hint: "Xavier keeps the variance of a LINEAR layer; tanh′ < 1 away from 0 shrinks the signal a little per layer, and after 50 layers the std is about 0.08",
    },
    {
      name: "PyTorch's larger gain",
      answer: "D",
      hint: "5/3 keeps tanh alive, but below 1 (std ≈ 0.6 at layer 50, few units saturated); which init pushes most units into tanh's ±1 tails?",
    },
    {
      name: "small weights",
      answer: "B",
      hint: "0.01·𝒩(0, 1) shrinks the signal by about 0.01·√32 ≈ 0.06 per layer: it is 0 long before layer 50",
    },
  ],
};
