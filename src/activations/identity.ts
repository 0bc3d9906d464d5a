import { defineActivation } from "./types";

export const identity = defineActivation({
  name: "identity",
  summary: "No activation: the linear baseline every other function is compared with.",
  params: {},
  f: (x) => x,
  df: (x) => (Number.isNaN(x) ? NaN : 1),
  latex: () => "x",
  derivativeLatex: () => "1",
  expression: () => "x",
  facts: { source: "—", torch: "torch.nn.Identity" },
});
