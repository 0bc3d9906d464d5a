import { defineActivation } from "./types";

const f = (x: number): number => Math.tanh(x);
// 1 − tanh²x = 1/cosh²x. The second form is used: tanh rounds to ±1 from |x| ≈ 19, where the first
// cancels to 0 while the true value (≈ 4e−16 at x = 19) is still representable.
const df = (x: number): number => {
  const c = Math.cosh(x);
  return 1 / (c * c);
};

export const tanh = defineActivation({
  name: "tanh",
  summary: "Hyperbolic tangent: a zero-centred sigmoid with range (−1, 1); tanh(x) = 2σ(2x) − 1.",
  params: {},
  f,
  df,
  forwardInto: (input, out) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i]);
  },
  backwardInto: (input, gradOutput, out) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i]) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: () => String.raw`\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}`,
  derivativeLatex: () => String.raw`1 - \tanh^2(x)`,
  expression: () => "tanh(x)",
  facts: {
    notebook: "notebooks/02-sigmoid-tanh.ipynb",
    source: "LeCun, Bottou, Orr & Müller 1998 (Efficient BackProp)",
    torch: "torch.tanh",
  },
});
