import { sigmoid } from "../numerics/logistic";
import { defineActivation } from "./types";

/** Hendrycks & Gimpel 2016, §2: Φ(x) ≈ σ(1.702x). */
export const QUICK_GELU_SCALE = 1.702;

const f = (x: number): number => x * sigmoid(QUICK_GELU_SCALE * x);
const df = (x: number): number => {
  const s = sigmoid(QUICK_GELU_SCALE * x);
  return s + QUICK_GELU_SCALE * x * s * (1 - s);
};

export const quickGelu = defineActivation({
  name: "quick_gelu",
  summary: "The sigmoid approximation of GELU, x·σ(1.702x) (used by CLIP); not the same function as gelu.",
  params: {},
  f,
  df,
  forwardInto: (input, out) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i]);
  },
  backwardInto: (input, gradOutput, out) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i]) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: () => String.raw`x\,\sigma(1.702\,x)`,
  derivativeLatex: () => String.raw`\sigma(1.702x) + 1.702\,x\,\sigma(1.702x)(1 - \sigma(1.702x))`,
  expression: () => "x / (1 + exp(-1.702 * x))",
  facts: {
    notebook: "notebooks/04-smooth-gates.ipynb",
    source: "Hendrycks & Gimpel 2016; Radford et al. 2021 (CLIP)",
    torch: "x * torch.sigmoid(1.702 * x)",
  },
});
