import type { Exercise } from "../types";

export const geluDerivativeFormula: Exercise = {
  id: "gelu-derivative-formula",
  kind: "formula",
  notebook: "04-smooth-gates",
  title: "The derivative of GELU, as a formula",
  statement:
    "Type d/dx [x·Φ(x)] as a mathjs expression in x, writing Φ(x) = (1 + erf(x / sqrt(2))) / 2 and the density with exp and pi. It is checked on a grid of x values.",
  thinking: "derive",
  difficulty: 2,
  minutes: 8,
  points: 2,
  starter: 'const geluDerivative = (): string => "…"',
  // BEGIN SOLUTION
  reference: "(1 + erf(x / sqrt(2))) / 2 + x * exp(-x^2 / 2) / sqrt(2 * pi)",
  // END SOLUTION
  tolerance: { absolute: 1e-9, relative: 1e-7 },
  publicCases: [[-3], [-1], [-0.5], [0.5], [1], [2.5]],
  // BEGIN HIDDEN
  hiddenCases: [[-5.1875], [0.3125], [3.6875]],
  // END HIDDEN
  mistakes: [
    {
      name: "Φ(x) only",
      answer: "(1 + erf(x / sqrt(2))) / 2",
      hint: "Φ(x) is only the first term of the product rule; add x·Φ′(x) = x·φ(x) = x·exp(−x²/2)/√(2π)",
    },
    {
      name: "x·φ(x) only",
      answer: "x * exp(-x^2 / 2) / sqrt(2 * pi)",
      hint: "x·φ(x) is only the second term of the product rule; add (x)′·Φ(x) = Φ(x)",
    },
    {
      name: "density without 1/√(2π)",
      answer: "(1 + erf(x / sqrt(2))) / 2 + x * exp(-x^2 / 2)",
      hint: "Φ′(x) = φ(x) = exp(−x²/2)/√(2π): the normal density keeps its factor 1/√(2π) ≈ 0.399",
    },
  ],
};
