import { sigmoid } from "../numerics/logistic";
import { defineActivation } from "./types";

export const silu = defineActivation({
  name: "silu",
  summary: "Sigmoid linear unit x·σ(x): Swish with β = 1.",
  params: {},
  f: (x) => x * sigmoid(x),
  // Product rule: σ(x) + x·σ(x)(1 − σ(x)).
  df: (x) => {
    const s = sigmoid(x);
    return s * (1 + x * (1 - s));
  },
  latex: () => String.raw`x\,\sigma(x)`,
  derivativeLatex: () => String.raw`\sigma(x)\,\bigl(1 + x\,(1 - \sigma(x))\bigr)`,
  expression: () => "x / (1 + exp(-x))",
  facts: { source: "Hendrycks & Gimpel 2016; Elfwing, Uchibe & Doya 2017", torch: "torch.nn.functional.silu" },
});
