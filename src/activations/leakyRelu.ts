import { defineActivation } from "./types";

export const leakyRelu = defineActivation<{ negative_slope: number }>({
  name: "leaky_relu",
  summary: "ReLU with a small slope for negative inputs, so no unit's gradient is exactly zero.",
  params: { negative_slope: { kind: "number", default: 0.01, description: "slope for x < 0" } },
  f: (x, { negative_slope }) => (x > 0 ? x : negative_slope * x),
  df: (x, { negative_slope }) => (x > 0 ? 1 : x <= 0 ? negative_slope : NaN),
  latex: ({ negative_slope }) => String.raw`\begin{cases} x & x > 0 \\ ${negative_slope}\,x & x \le 0 \end{cases}`,
  derivativeLatex: ({ negative_slope }) =>
    String.raw`\begin{cases} 1 & x > 0 \\ ${negative_slope} & x \le 0 \end{cases}`,
  kinks: () => [0],
  kinkConvention: "df(0) = negative_slope, as PyTorch's leaky_relu_backward (x > 0 ? 1 : slope).",
  facts: { source: "Maas, Hannun & Ng 2013", torch: "torch.nn.functional.leaky_relu" },
});
