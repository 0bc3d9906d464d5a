import { logSigmoid, sigmoid } from "../numerics/logistic";
import { defineActivation } from "./types";

export const logsigmoid = defineActivation({
  name: "logsigmoid",
  summary: "log σ(x) = −softplus(−x), computed without log(0) for very negative x.",
  params: {},
  f: (x) => logSigmoid(x),
  // d/dx log σ(x) = σ'(x)/σ(x) = 1 − σ(x) = σ(−x).
  df: (x) => sigmoid(-x),
  latex: () => String.raw`\log \sigma(x) = -\log(1 + e^{-x})`,
  derivativeLatex: () => String.raw`1 - \sigma(x) = \sigma(-x)`,
  expression: () => "-log(1 + exp(-x))",
  facts: { source: "standard", torch: "torch.nn.functional.logsigmoid" },
});
