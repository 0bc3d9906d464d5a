import { defineActivation } from "./types";

const f = (x: number): number => x / (1 + Math.abs(x));
const df = (x: number): number => {
  const denominator = 1 + Math.abs(x);
  return 1 / (denominator * denominator);
};

export const softsign = defineActivation({
  name: "softsign",
  summary: "x/(1 + |x|): a sigmoid-shaped squashing with polynomial rather than exponential tails.",
  params: {},
  f,
  df,
  forwardInto: (input, out) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i]);
  },
  backwardInto: (input, gradOutput, out) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i]) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: () => String.raw`\frac{x}{1 + |x|}`,
  derivativeLatex: () => String.raw`\frac{1}{(1 + |x|)^2}`,
  expression: () => "x / (1 + abs(x))",
  facts: {
    notebook: "notebooks/04-smooth-gates.ipynb",
    source: "Bergstra et al. 2009",
    torch: "torch.nn.functional.softsign",
  },
});
