import type { Exercise } from "../types";

export const reluSparsityShift: Exercise = {
  id: "relu-sparsity-shift",
  kind: "numeric",
  notebook: "03-relu-family",
  title: "Predict the sparsity of a shifted ReLU layer",
  statement:
    "A ReLU unit receives z = x + b with x ~ N(0, 4) (variance 4, so standard deviation 2) and bias b = −1. What fraction of its outputs ReLU(z) is exactly 0? Give the exact value (3 significant digits are checked), not a Monte-Carlo estimate; `normalCdf` is imported from actlab.",
  thinking: "derive",
  difficulty: 1,
  minutes: 5,
  points: 1,
  starter: "const reluSparsityShift = (): number => …",
  // BEGIN SOLUTION
  reference: 0.6914624612740131, // P(x − 1 ≤ 0) = P(x/2 ≤ ½) = Φ(½)
  // END SOLUTION
  significantDigits: 3,
  publicCases: [],
  mistakes: [
    {
      name: "bias ignored",
      answer: 0.5,
      hint: "½ is the fraction for zero-mean inputs; with b = −1 the output is 0 whenever x ≤ 1",
    },
    {
      name: "the standard deviation ignored: Φ(1)",
      answer: 0.8413447460685429,
      hint: "Φ(1) would be right for x ~ N(0, 1); standardise first: P(x ≤ 1) = Φ(1/σ) with σ = 2",
    },
    {
      name: "divided by the variance: Φ(¼)",
      answer: 0.5987063256829237,
      hint: "standardise with the standard deviation √4 = 2, not the variance 4: P(x ≤ 1) = Φ(1/2)",
    },
    {
      name: "the active fraction instead",
      answer: 0.3085375387259869,
      hint: "1 − Φ(½) = P(z > 0) is the fraction of outputs that are ON; the question asks for the zeros",
    },
  ],
};
