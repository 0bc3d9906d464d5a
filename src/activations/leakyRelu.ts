import { defineActivation } from "./types";

type Params = { negative_slope: number };

const f = (x: number, { negative_slope }: Params): number => (x > 0 ? x : negative_slope * x);
const df = (x: number, { negative_slope }: Params): number => (x > 0 ? 1 : x <= 0 ? negative_slope : NaN);

export const leakyRelu = defineActivation({
  name: "leaky_relu",
  summary: "ReLU with a small slope for negative inputs, so no unit's gradient is exactly zero.",
  params: { negative_slope: { kind: "number", default: 0.01, description: "slope for x < 0" } },
  f,
  df,
  forwardInto: (input, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i], params);
  },
  backwardInto: (input, gradOutput, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i], params) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: ({ negative_slope }) => String.raw`\begin{cases} x & x > 0 \\ ${negative_slope}\,x & x \le 0 \end{cases}`,
  derivativeLatex: ({ negative_slope }) =>
    String.raw`\begin{cases} 1 & x > 0 \\ ${negative_slope} & x \le 0 \end{cases}`,
  kinks: () => [0],
  kinkConvention: "df(0) = negative_slope, as PyTorch's leaky_relu_backward (x > 0 ? 1 : slope).",
  facts: {
    notebook: "notebooks/03-relu-family.ipynb",
    source: "Maas, Hannun & Ng 2013",
    torch: "torch.nn.functional.leaky_relu",
  },
});
