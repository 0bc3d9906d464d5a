import type { Exercise } from "../types";

export const residualDerivative: Exercise = {
  id: "gradients-residual-derivative",
  kind: "formula",
  notebook: "08-gradients-depth",
  title: "The derivative of a residual block",
  statement:
    'A one-unit residual block computes h(x) = x + tanh(2x). Type dh/dx as a mathjs expression in x (e.g. "1 - tanh(x)^2"). It is checked on a grid of x values.',
  thinking: "derive",
  difficulty: 1,
  minutes: 4,
  points: 1,
  starter: 'const residualDerivative = (): string => "…"',
  // BEGIN SOLUTION
  reference: "1 + 2 * (1 - tanh(2 * x)^2)",
  // END SOLUTION
  tolerance: { absolute: 1e-9, relative: 1e-7 },
  publicCases: [[-2], [-0.5], [0], [0.3], [1], [3]],
  // BEGIN HIDDEN
  hiddenCases: [[-1.25], [0.75], [2.5]],
  // END HIDDEN
  mistakes: [
    {
      name: "no identity path",
      answer: "2 * (1 - tanh(2 * x)^2)",
      hint: "the skip connection x contributes d/dx x = 1: the residual block's derivative is 1 + (the branch's derivative), which is why it never vanishes",
    },
    {
      name: "chain-rule factor missing",
      answer: "1 + 1 - tanh(2 * x)^2",
      hint: "chain rule: d/dx tanh(2x) = 2·(1 − tanh²(2x)); the inner derivative 2 is missing",
    },
    {
      name: "tanh' evaluated at x",
      answer: "1 + 2 * (1 - tanh(x)^2)",
      hint: "tanh′ is evaluated at the inner argument 2x: 1 − tanh²(2x), not 1 − tanh²(x)",
    },
  ],
};
