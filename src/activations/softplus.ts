import { log1pExp, sigmoid } from "../numerics/logistic";
import { defineActivation } from "./types";

type Params = { beta: number; threshold: number };

// PyTorch switches to the identity above the threshold; log1pExp is already overflow-free, so the
// switch is kept only to match torch's values to the last bit.
const f = (x: number, { beta, threshold }: Params): number => (beta * x > threshold ? x : log1pExp(beta * x) / beta);
const df = (x: number, { beta, threshold }: Params): number => (beta * x > threshold ? 1 : sigmoid(beta * x));

export const softplus = defineActivation({
  name: "softplus",
  summary: "A smooth ReLU, (1/β)·log(1 + e^(βx)); its derivative is the sigmoid σ(βx).",
  params: {
    beta: { kind: "number", default: 1, description: "sharpness; β → ∞ approaches ReLU", min: 0, exclusiveMin: true },
    threshold: { kind: "number", default: 20, description: "above βx > threshold return x, as PyTorch does" },
  },
  f,
  df,
  forwardInto: (input, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i], params);
  },
  backwardInto: (input, gradOutput, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i], params) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: ({ beta }) => String.raw`\frac{1}{${beta}} \log\left(1 + e^{${beta} x}\right)`,
  derivativeLatex: ({ beta }) => String.raw`\sigma(${beta} x)`,
  expression: ({ beta }) => `log(1 + exp(${beta} * x)) / ${beta}`,
  facts: {
    notebook: "notebooks/04-smooth-gates.ipynb",
    source: "Dugas et al. 2001",
    torch: "torch.nn.functional.softplus",
  },
});
