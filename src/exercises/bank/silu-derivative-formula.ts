import type { Exercise } from "../types";

export const siluDerivativeFormula: Exercise = {
  id: "silu-derivative-formula",
  kind: "formula",
  notebook: "04-smooth-gates",
  title: "The derivative of SiLU, as a formula",
  statement:
    'Type d/dx [x·σ(x)] as a mathjs expression in x, writing σ with exp (e.g. "1 / (1 + exp(-x))"). It is checked on a grid of x values.',
  thinking: "derive",
  difficulty: 1,
  minutes: 5,
  points: 2,
  starter: 'const siluDerivative = (): string => "…"',
  // BEGIN SOLUTION
  reference: "1 / (1 + exp(-x)) + x * exp(-x) / (1 + exp(-x))^2",
  // END SOLUTION
  tolerance: { absolute: 1e-9, relative: 1e-7 },
  publicCases: [[-3], [-1], [0], [0.5], [2], [4]],
  // BEGIN HIDDEN
  hiddenCases: [[-6.4375], [1.3125], [7.8125]],
  // END HIDDEN
  mistakes: [
    {
      name: "second product-rule term only",
      answer: "x * exp(-x) / (1 + exp(-x))^2",
      hint: "product rule: d/dx[x·σ(x)] = σ(x) + x·σ′(x); you have only the x·σ′(x) term",
    },
    {
      name: "β·swish + σ(1 − σ) at β = 1 (seed note 004)",
      answer: "x / (1 + exp(-x)) + 1 / (1 + exp(-x)) * (1 - 1 / (1 + exp(-x)))",
      hint: "swish + σ(1 − σ) (one seed note's formula) is not the derivative: it is σ(x) + x·σ(x)(1 − σ(x))",
    },
    {
      name: "first product-rule term only",
      answer: "1 / (1 + exp(-x))",
      hint: "σ(x) is only the first term of the product rule; add x·σ′(x) = x·σ(x)(1 − σ(x))",
    },
  ],
};
