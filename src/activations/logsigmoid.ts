import { logSigmoid, sigmoid } from "../numerics/logistic";
import { defineActivation } from "./types";

const f = (x: number): number => logSigmoid(x);
// d/dx log σ(x) = σ'(x)/σ(x) = 1 − σ(x) = σ(−x).
const df = (x: number): number => sigmoid(-x);

export const logsigmoid = defineActivation({
  name: "logsigmoid",
  summary: "log σ(x) = −softplus(−x), computed without log(0) for very negative x.",
  params: {},
  f,
  df,
  forwardInto: (input, out) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i]);
  },
  backwardInto: (input, gradOutput, out) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i]) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: () => String.raw`\log \sigma(x) = -\log(1 + e^{-x})`,
  derivativeLatex: () => String.raw`1 - \sigma(x) = \sigma(-x)`,
  expression: () => "-log(1 + exp(-x))",
  facts: { notebook: "notebooks/02-sigmoid-tanh.ipynb", source: "standard", torch: "torch.nn.functional.logsigmoid" },
});
