import { defineActivation } from "./types";

type Params = { alpha: number };

const f = (x: number, { alpha }: Params): number => (x > 0 ? x : alpha * Math.expm1(x / alpha));
// d/dx α(e^(x/α) − 1) = e^(x/α): equals 1 at x = 0 whatever α is, hence "continuously differentiable".
const df = (x: number, { alpha }: Params): number => (x > 0 ? 1 : Math.exp(x / alpha));

export const celu = defineActivation({
  name: "celu",
  summary: "Continuously differentiable ELU: α(e^(x/α) − 1) below 0, with slope 1 at 0 for every α.",
  params: { alpha: { kind: "number", default: 1, description: "scale of the negative branch", forbidden: [0] } },
  f,
  df,
  forwardInto: (input, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i], params);
  },
  backwardInto: (input, gradOutput, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i], params) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: ({ alpha }) => String.raw`\max(0, x) + \min\!\left(0,\ ${alpha}\,(e^{x/${alpha}} - 1)\right)`,
  derivativeLatex: ({ alpha }) => String.raw`\begin{cases} 1 & x > 0 \\ e^{x/${alpha}} & x \le 0 \end{cases}`,
  facts: { notebook: "notebooks/03-relu-family.ipynb", source: "Barron 2017", torch: "torch.nn.functional.celu" },
});
