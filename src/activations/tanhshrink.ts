import { defineActivation } from "./types";

export const tanhshrink = defineActivation({
  name: "tanhshrink",
  summary: "x − tanh(x): near-zero for small x, near-identity for large |x|.",
  params: {},
  f: (x) => x - Math.tanh(x),
  df: (x) => {
    const t = Math.tanh(x);
    return t * t;
  },
  latex: () => String.raw`x - \tanh(x)`,
  derivativeLatex: () => String.raw`\tanh^2(x)`,
  expression: () => "x - tanh(x)",
  facts: { source: "standard", torch: "torch.nn.functional.tanhshrink" },
});
