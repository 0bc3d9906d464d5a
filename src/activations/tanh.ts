import { defineActivation } from "./types";

export const tanh = defineActivation({
  name: "tanh",
  summary: "Hyperbolic tangent: a zero-centred sigmoid with range (−1, 1); tanh(x) = 2σ(2x) − 1.",
  params: {},
  f: (x) => Math.tanh(x),
  df: (x) => {
    const t = Math.tanh(x);
    return 1 - t * t;
  },
  latex: () => String.raw`\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}`,
  derivativeLatex: () => String.raw`1 - \tanh^2(x)`,
  expression: () => "tanh(x)",
  facts: { source: "LeCun, Bottou, Orr & Müller 1998 (Efficient BackProp)", torch: "torch.tanh" },
});
