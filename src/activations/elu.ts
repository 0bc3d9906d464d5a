import { defineActivation } from "./types";

type Params = { alpha: number };

// expm1 keeps digits near 0 where e^x − 1 would cancel.
const f = (x: number, { alpha }: Params): number => (x > 0 ? x : alpha * Math.expm1(x));
// For x ≤ 0, d/dx α(eˣ − 1) = αeˣ = f(x) + α.
const df = (x: number, { alpha }: Params): number => (x > 0 ? 1 : alpha * Math.exp(x));

export const elu = defineActivation({
  name: "elu",
  summary: "Exponential linear unit: identity for x > 0, α(eˣ − 1) below, saturating at −α.",
  params: { alpha: { kind: "number", default: 1, description: "negative saturation value −α", min: 0 } },
  f,
  df,
  forwardInto: (input, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i], params);
  },
  backwardInto: (input, gradOutput, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i], params) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: ({ alpha }) => String.raw`\begin{cases} x & x > 0 \\ ${alpha}\,(e^{x} - 1) & x \le 0 \end{cases}`,
  derivativeLatex: ({ alpha }) => String.raw`\begin{cases} 1 & x > 0 \\ ${alpha}\,e^{x} & x \le 0 \end{cases}`,
  kinks: ({ alpha }) => (alpha === 1 ? [] : [0]),
  kinkConvention: "df(0) = α (the left derivative), as PyTorch's elu_backward; with α = 1 both sides agree.",
  facts: {
    notebook: "notebooks/03-relu-family.ipynb",
    source: "Clevert, Unterthiner & Hochreiter 2015",
    torch: "torch.nn.functional.elu",
  },
});
