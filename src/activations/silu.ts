import { sigmoid } from "../numerics/logistic";
import { defineActivation } from "./types";

const f = (x: number): number => x * sigmoid(x);
// Product rule: σ(x) + x·σ(x)(1 − σ(x)).
const df = (x: number): number => {
  const s = sigmoid(x);
  return s * (1 + x * (1 - s));
};

export const silu = defineActivation({
  name: "silu",
  summary: "Sigmoid linear unit x·σ(x): Swish with β = 1.",
  params: {},
  f,
  df,
  forwardInto: (input, out) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i]);
  },
  backwardInto: (input, gradOutput, out) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i]) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: () => String.raw`x\,\sigma(x)`,
  derivativeLatex: () => String.raw`\sigma(x)\,\bigl(1 + x\,(1 - \sigma(x))\bigr)`,
  expression: () => "x / (1 + exp(-x))",
  facts: {
    notebook: "notebooks/04-smooth-gates.ipynb",
    source: "Hendrycks & Gimpel 2016; Elfwing, Uchibe & Doya 2017",
    torch: "torch.nn.functional.silu",
  },
});
