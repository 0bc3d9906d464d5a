import { defineActivation } from "./types";

const f = (x: number): number => x - Math.tanh(x);
const df = (x: number): number => {
  const t = Math.tanh(x);
  return t * t;
};

export const tanhshrink = defineActivation({
  name: "tanhshrink",
  summary: "x − tanh(x): near-zero for small x, near-identity for large |x|.",
  params: {},
  f,
  df,
  forwardInto: (input, out) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i]);
  },
  backwardInto: (input, gradOutput, out) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i]) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: () => String.raw`x - \tanh(x)`,
  derivativeLatex: () => String.raw`\tanh^2(x)`,
  expression: () => "x - tanh(x)",
  facts: { notebook: "notebooks/04-smooth-gates.ipynb", source: "standard", torch: "torch.nn.functional.tanhshrink" },
});
