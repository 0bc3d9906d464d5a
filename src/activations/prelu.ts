import { defineActivation } from "./types";

type Params = { weight: number };

const f = (x: number, { weight }: Params): number => (x > 0 ? x : weight * x);
const df = (x: number, { weight }: Params): number => (x > 0 ? 1 : x <= 0 ? weight : NaN);

export const prelu = defineActivation({
  name: "prelu",
  summary: "Parametric ReLU: a leaky ReLU whose negative slope is learned.",
  params: {
    weight: { kind: "number", default: 0.25, description: "learned slope for x < 0 (PyTorch initialises it to 0.25)" },
  },
  f,
  df,
  forwardInto: (input, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i], params);
  },
  backwardInto: (input, gradOutput, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i], params) * (gradOutput ? gradOutput[i] : 1);
  },
  // ∂f/∂a = x where the negative branch is active: the gradient that lets the slope learn.
  paramGradients: { weight: (x) => (x > 0 ? 0 : x) },
  latex: ({ weight }) => String.raw`\begin{cases} x & x > 0 \\ ${weight}\,x & x \le 0 \end{cases}`,
  derivativeLatex: ({ weight }) => String.raw`\begin{cases} 1 & x > 0 \\ ${weight} & x \le 0 \end{cases}`,
  kinks: () => [0],
  kinkConvention: "df(0) = weight, as PyTorch's prelu backward (x > 0 ? 1 : weight).",
  facts: {
    notebook: "notebooks/03-relu-family.ipynb",
    source: "He, Zhang, Ren & Sun 2015 (Delving Deep into Rectifiers)",
    torch: "torch.nn.functional.prelu",
  },
});
