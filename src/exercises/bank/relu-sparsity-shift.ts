import type { Exercise } from "../types";

export const reluSparsityShift: Exercise = {
  id: "relu-sparsity-shift",
  kind: "numeric",
  notebook: "03-relu-family",
  title: "Predict the sparsity of a shifted ReLU layer",
  statement:
    "A ReLU unit receives z = x + b with x ~ N(0, 1) and bias b = −1. What fraction of its outputs ReLU(z) is exactly 0? Give the exact value (3 significant digits are checked), not a Monte-Carlo estimate.",
  points: 1,
  starter: "const reluSparsityShift = (): number => …",
  // BEGIN SOLUTION
  reference: 0.8413447460685429, // P(x − 1 ≤ 0) = P(x ≤ 1) = Φ(1)
  // END SOLUTION
  significantDigits: 3,
  publicCases: [],
  mistakes: [
    {
      name: "bias ignored",
      answer: 0.5,
      hint: "½ is the fraction for zero-mean inputs; with b = −1 the output is 0 whenever x ≤ 1, so the fraction is P(x ≤ 1) = Φ(1)",
    },
    {
      name: "the active fraction instead",
      answer: 0.15865525393145707,
      hint: "Φ(−1) = P(x > 1) is the fraction of units that are ON (z > 0); the question asks for the zeros, P(x ≤ 1) = 1 − Φ(−1)",
    },
  ],
};
