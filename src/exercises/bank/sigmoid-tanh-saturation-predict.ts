import type { Exercise } from "../types";

export const sigmoidTanhSaturationPredict: Exercise = {
  id: "sigmoid-tanh-saturation-predict",
  kind: "choice",
  notebook: "02-sigmoid-tanh",
  title: "Which saturates on more inputs, σ or tanh?",
  statement:
    "Now one absolute threshold for both: a unit is flat where its slope is below 0.01. A sigmoid unit and a tanh unit both receive z ~ N(0, 9). Which of the two is flat on the larger share of its inputs? Commit to a letter; the cell after the check measures both shares. *Hint:* section 4's tanh′(x) = 4σ′(2x).",
  thinking: "predict",
  difficulty: 2,
  minutes: 4,
  points: 1,
  starter: 'const flatterUnit = (): string => "…"',
  options: {
    A: "σ: its slope is at most ¼, four times less than tanh's, so it drops below 0.01 sooner",
    B: "tanh: its slope drops below 0.01 at a smaller |z| than σ′ does",
    C: "neither: both are S-shaped, so the shares are the same",
    D: "no difference worth the name: with standard deviation 3, hardly any z reaches a flat zone",
  },
  // BEGIN SOLUTION
  reference: "B", // tanh′ < 0.01 for |z| > 2.99, σ′ < 0.01 only for |z| > 4.59: 31.8% against 12.7%
  // END SOLUTION
  placeAfter: 'check("sigmoid-saturated-fraction"',
  publicCases: [],
  mistakes: [
    {
      name: "a lower peak falls below the threshold sooner",
      answer: "A",
      hint: "a lower peak is not an earlier fall: tanh′(x) = 4σ′(2x) < 0.01 means σ′(2x) < 0.0025, reached at 2|x| ≈ 5.99, so at |x| ≈ 2.99; σ′ itself drops below 0.01 only at |x| ≈ 4.59",
    },
    {
      name: "same shape, same share",
      answer: "C",
      hint: "tanh is σ compressed horizontally by 2 (section 3), so its flat zones begin much nearer 0; compare where each slope crosses 0.01",
    },
    {
      name: "the flat zone is out of reach",
      answer: "D",
      hint: "with standard deviation 3, |z| > 3 happens on about a third of the samples, and the thresholds here are near 3 and 4.6",
    },
  ],
};
