import type { Exercise } from "../types";

export const linearityProductRank: Exercise = {
  id: "linearity-product-rank",
  kind: "numeric",
  notebook: "01-linearity",
  title: "The rank of a product, when the layers are not random",
  statement:
    "Two linear layers without activation: W₁ = [[1, 2], [2, 4], [0, 1]] (3×2) and then W₂ = [[1, 0, 0], [0, 1, 0]] (2×3), so the network computes W₂W₁x. Each matrix has rank 2. Predict the rank of W₂W₁, then check.",
  thinking: "predict",
  difficulty: 2,
  minutes: 5,
  placeAfter: 'check("linearity-bottleneck-rank"',
  points: 1,
  starter: "const productRank = (): number => …",
  // BEGIN SOLUTION
  reference: 1, // W₂ keeps the first two rows of W₁, [[1, 2], [2, 4]], and the second is twice the first
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "min of the ranks, as if it were always reached",
      answer: 2,
      hint: "rank(AB) ≤ min(rank A, rank B) is only a bound: random layers reach it, these do not. Multiply them and look at the rows",
    },
    {
      name: "the middle width",
      answer: 3,
      hint: "the rank of a 2×2 matrix is at most 2, and W₂W₁ is 2×2: the middle width 3 only bounds it further",
    },
    {
      name: "the product thought to vanish",
      answer: 0,
      hint: "W₂W₁ = [[1, 2], [2, 4]] is not zero: its rows are parallel, so it has exactly one independent row",
    },
  ],
};
