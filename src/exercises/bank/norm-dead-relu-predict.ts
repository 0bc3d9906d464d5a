import type { Exercise } from "../types";

export const normDeadReluPredict: Exercise = {
  id: "norm-dead-relu-predict",
  kind: "choice",
  notebook: "09-normalization",
  title: "Does LayerNorm revive dead ReLU units?",
  statement:
    "A 50-layer ReLU network with N(0, 1) weights (width 32, batch 32) has about 47% dead units at layer 50 (dead: z ≤ 0 on every sample of the batch). Now put LayerNorm on every layer's pre-activation, z = LayerNorm(h·W). What is the dead fraction at layer 50? Answer with the letter.",
  thinking: "predict",
  difficulty: 2,
  minutes: 5,
  points: 1,
  starter: 'const layerNormDeadPrediction = (): string => "…"',
  options: {
    A: "0: every normalised row has values on both sides of 0, so every unit fires on some sample.",
    B: "About as high as without normalisation (tens of percent).",
    C: "100%: LayerNorm's outputs average 0, so ReLU zeroes them all.",
    D: "Exactly 50%, because LayerNorm makes half of each row negative.",
  },
  // BEGIN SOLUTION
  reference: "B", // measured in notebook 09: 0.41 with LayerNorm, 0.47 without (seed 1)
  // END SOLUTION
  publicCases: [],
  mistakes: [
    {
      name: "rows balanced means units balanced",
      answer: "A",
      hint: "LayerNorm balances each row: every sample has units on both sides of 0. A unit is a column; deep ReLU nets make the samples alike, so one unit can stay ≤ 0 for the whole batch. BatchNorm, which balances columns, is the one that gives 0",
    },
    {
      name: "mean 0 means all zero",
      answer: "C",
      hint: "a mean of 0 over a row leaves positive entries as well as negative ones; ReLU keeps the positive ones",
    },
    {
      name: "half of each row",
      answer: "D",
      hint: "a row with mean 0 need not have half its entries negative, and about half of a row being negative says nothing about which units (columns) are negative on every sample",
    },
  ],
};
