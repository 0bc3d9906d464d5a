import { defineActivation } from "./types";

export const softsign = defineActivation({
  name: "softsign",
  summary: "x/(1 + |x|): a sigmoid-shaped squashing with polynomial rather than exponential tails.",
  params: {},
  f: (x) => x / (1 + Math.abs(x)),
  df: (x) => {
    const denominator = 1 + Math.abs(x);
    return 1 / (denominator * denominator);
  },
  latex: () => String.raw`\frac{x}{1 + |x|}`,
  derivativeLatex: () => String.raw`\frac{1}{(1 + |x|)^2}`,
  expression: () => "x / (1 + abs(x))",
  facts: { source: "Bergstra et al. 2009", torch: "torch.nn.functional.softsign" },
});
