import { defineActivation } from "./types";

export const relu = defineActivation({
  name: "relu",
  summary: "Rectified linear unit: passes positive inputs, zeroes the rest.",
  params: {},
  f: (x) => Math.max(0, x),
  df: (x) => (x > 0 ? 1 : x <= 0 ? 0 : NaN),
  latex: () => String.raw`\max(0, x)`,
  derivativeLatex: () => String.raw`\begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}`,
  kinks: () => [0],
  kinkConvention: "relu'(0) = 0, the subgradient PyTorch's threshold_backward uses (gradient flows only where x > 0).",
  facts: { source: "Nair & Hinton 2010; Glorot, Bordes & Bengio 2011", torch: "torch.nn.functional.relu" },
});
