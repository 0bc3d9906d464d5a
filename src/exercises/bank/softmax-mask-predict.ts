import type { Exercise } from "../types";

export const softmaxMaskPredict: Exercise = {
  id: "softmax-mask-predict",
  kind: "choice",
  notebook: "05-softmax",
  title: "Predict: a fully masked row filled with −1e9",
  statement:
    "A padding query masks all four of its keys, so seed note 003's `masked_fill(mask == 0, -1e9)` turns its row of scores into [−1e9, −1e9, −1e9, −1e9]. Before the next cell runs it, predict what softmax returns for this row, and what gradient ∂L/∂x the four filled scores receive for an upstream gradient v = [1, −2, 0.5, 3].",
  thinking: "predict",
  difficulty: 1,
  minutes: 3,
  placeAfter: "## Masking attention scores",
  points: 1,
  starter: 'const maskedRow = (): string => "…"',
  options: {
    A: "[0, 0, 0, 0], and no gradient: every key is masked",
    B: "[0.25, 0.25, 0.25, 0.25], and a nonzero gradient ¼(v − mean v) at every masked score",
    C: "NaN everywhere, in the output and the gradient",
    D: "[0.25, 0.25, 0.25, 0.25], and zero gradient, because the four scores are equal",
  },
  // BEGIN SOLUTION
  reference: "B", // −1e9 − (−1e9) = 0 in the max shift: four equal scores, y uniform, Jᵀv = y ⊙ (v − y·v)
  // END SOLUTION
  publicCases: [],
  mistakes: [
    {
      name: "the mask removes every key",
      answer: "A",
      hint: "softmax never sees the mask, only four equal numbers, and shifting them by +1e9 changes nothing: what is softmax([0, 0, 0, 0])?",
    },
    {
      name: "NaN, as with −∞",
      answer: "C",
      hint: "NaN comes from −∞ − (−∞) when softmax subtracts the largest score; −1e9 − (−1e9) is an ordinary 0",
    },
    {
      name: "equal scores, so no gradient",
      answer: "D",
      hint: "equal scores give equal probabilities, but J = diag(y) − yyᵀ is not zero at a uniform y: Jᵀv = y ⊙ (v − y·v) vanishes only for a constant v",
    },
  ],
};
