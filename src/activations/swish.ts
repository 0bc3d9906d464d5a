import { sigmoid } from "../numerics/logistic";
import { defineActivation } from "./types";

type Params = { beta: number };

const f = (x: number, { beta }: Params): number => x * sigmoid(beta * x);
// The chain rule brings out β: σ(βx) + βx·σ(βx)(1 − σ(βx)). Forgetting that β is a classic mistake.
const df = (x: number, { beta }: Params): number => {
  const s = sigmoid(beta * x);
  return s + beta * x * s * (1 - s);
};

export const swish = defineActivation({
  name: "swish",
  summary: "x·σ(βx): β = 1 is SiLU, β → 0 gives x/2, β → ∞ approaches ReLU.",
  params: { beta: { kind: "number", default: 1, description: "gate sharpness" } },
  f,
  df,
  forwardInto: (input, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i], params);
  },
  backwardInto: (input, gradOutput, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i], params) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: ({ beta }) => String.raw`x\,\sigma(${beta}\,x)`,
  derivativeLatex: ({ beta }) => String.raw`\sigma(${beta}x) + ${beta}\,x\,\sigma(${beta}x)\,(1 - \sigma(${beta}x))`,
  expression: ({ beta }) => `x / (1 + exp(-${beta} * x))`,
  facts: {
    notebook: "notebooks/04-smooth-gates.ipynb",
    source: "Ramachandran, Zoph & Le 2017",
    torch: "x * torch.sigmoid(beta * x)",
  },
});
