import type { Exercise } from "../types";

// GELU″ = d/dx [Φ(x) + x·φ(x)] = φ + φ + x·φ′ with φ′(x) = −x·φ(x): φ(x)·(2 − x²).
const density = "exp(-x^2 / 2) / sqrt(2 * pi)";

export const geluDerivativeFormula: Exercise = {
  id: "gelu-derivative-formula",
  kind: "formula",
  notebook: "04-smooth-gates",
  title: "GELU's second derivative, as a formula",
  statement:
    "GELU′(x) = Φ(x) + x·φ(x) (the tour derived it). Differentiate once more: type GELU″(x) as a mathjs expression in x, writing the normal density φ(x) with exp, sqrt and pi. It is checked on a grid of x values. Where does GELU″ change sign, and what does that say about GELU's shape?",
  thinking: "derive",
  difficulty: 2,
  minutes: 8,
  points: 2,
  starter: 'const geluSecondDerivative = (): string => "…"',
  // BEGIN SOLUTION
  reference: `(2 - x^2) * ${density}`,
  // END SOLUTION
  tolerance: { absolute: 1e-9, relative: 1e-7 },
  publicCases: [[-3], [-1], [-0.5], [0.5], [1], [2.5]],
  // BEGIN HIDDEN
  hiddenCases: [[-5.1875], [0.3125], [3.6875]],
  // END HIDDEN
  mistakes: [
    {
      name: "GELU′ itself",
      answer: `(1 + erf(x / sqrt(2))) / 2 + x * ${density}`,
      hint: "that is GELU′ = Φ(x) + x·φ(x); the exercise asks for its derivative: differentiate each term once more",
    },
    {
      name: "one φ: Φ′ forgotten",
      answer: `(1 - x^2) * ${density}`,
      hint: "two terms each give a φ: (Φ(x))′ = φ(x), and the product rule on x·φ(x) gives φ(x) + x·φ′(x); you have only one φ",
    },
    {
      name: "φ′ = +x·φ (sign)",
      answer: `(2 + x^2) * ${density}`,
      hint: "φ(x) = e^(−x²/2)/√(2π) falls for x > 0: φ′(x) = −x·φ(x), with a minus sign",
    },
    {
      name: "x·φ′ dropped",
      answer: `2 * ${density}`,
      hint: "the product rule on x·φ(x) has two terms: φ(x) and x·φ′(x) = −x²·φ(x)",
    },
  ],
};
