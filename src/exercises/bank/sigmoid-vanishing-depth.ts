import type { Exercise } from "../types";

export const sigmoidVanishingDepth: Exercise = {
  id: "sigmoid-vanishing-depth",
  kind: "numeric",
  notebook: "02-sigmoid-tanh",
  title: "How deep until the sigmoid bound vanishes",
  statement:
    "Backpropagation through L sigmoid layers multiplies L factors σ′(z) ≤ 1/4, so the gradient is scaled by at most (1/4)^L (ignoring the weights). What is the smallest whole depth L for which this bound is below 10⁻⁶?",
  points: 1,
  starter: "const vanishingDepth = (): number => …",
  // BEGIN SOLUTION
  reference: 10,
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "not rounded up: 6·ln10/ln4",
      answer: (6 * Math.log(10)) / Math.log(4),
      hint: "the depth is a whole number of layers: (1/4)^L < 10⁻⁶ means L > 6·ln 10/ln 4 ≈ 9.97, so the smallest L is the next integer",
    },
    {
      name: "rounded down",
      answer: 9,
      hint: "(1/4)⁹ ≈ 3.8·10⁻⁶ is still above 10⁻⁶: round L > 9.97 up, not down",
    },
    {
      name: "σ(0) = 1/2 used as the slope",
      answer: 20,
      hint: "½ is σ(0), the value at 0; the slope σ′(0) = σ(0)(1 − σ(0)) = 1/4 is the largest factor",
    },
  ],
};
