import type { Exercise } from "../types";

export const sigmoidVanishingDepth: Exercise = {
  id: "sigmoid-vanishing-depth",
  kind: "numeric",
  notebook: "02-sigmoid-tanh",
  title: "How deep until the sigmoid bound vanishes",
  statement:
    "Backpropagation through L sigmoid layers multiplies, per layer, a factor σ′(z) ≤ ¼ and the layer's weight. Take one unit per layer and the same weight w = 2 in every layer, so the gradient is scaled by at most (2·¼)^L. What is the smallest whole depth L for which this bound is below 10⁻⁶? *Hint:* solve (2·¼)^L < 10⁻⁶ with logarithms, and remember that depth is a whole number.",
  thinking: "derive",
  difficulty: 1,
  minutes: 5,
  points: 1,
  starter: "const vanishingDepth = (): number => …",
  // BEGIN SOLUTION
  reference: 20,
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "the weights forgotten: (1/4)^L",
      answer: 10,
      hint: "10 layers is the bound without weights; each layer also multiplies by w = 2, so the factor per layer is 2·¼ = ½",
    },
    {
      name: "not rounded up: 6·ln 10/ln 2",
      answer: (6 * Math.log(10)) / Math.log(2),
      hint: "the depth is a whole number of layers: (½)^L < 10⁻⁶ means L > 6·ln 10/ln 2 ≈ 19.93, so the smallest L is the next integer",
    },
    {
      name: "rounded down",
      answer: 19,
      hint: "(½)¹⁹ ≈ 1.9·10⁻⁶ is still above 10⁻⁶: round L > 19.93 up, not down",
    },
    {
      name: "the weight divides instead of multiplying: (1/8)^L",
      answer: 7,
      hint: "the chain rule multiplies by the weight: the factor per layer is w·σ′ ≤ 2·¼ = ½, not ¼/2",
    },
  ],
};
