import { sigmoid as logistic } from "../numerics/logistic";
import { defineActivation } from "./types";

const f = (x: number): number => logistic(x);
// σ' = σ(1 − σ), maximal (1/4) at x = 0. Written as σ(x)·σ(−x), which is the same number, because
// 1 − σ(x) rounds to 0 from x ≈ 37 while σ(−x) keeps its digits (σ'(40) ≈ 4.25e−18, not 0).
const df = (x: number): number => logistic(x) * logistic(-x);

export const sigmoid = defineActivation({
  name: "sigmoid",
  summary: "The logistic function: squashes ℝ to (0, 1), the inverse of the log-odds.",
  params: {},
  f,
  df,
  forwardInto: (input, out) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i]);
  },
  backwardInto: (input, gradOutput, out) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i]) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: () => String.raw`\sigma(x) = \frac{1}{1 + e^{-x}}`,
  derivativeLatex: () => String.raw`\sigma(x)\,(1 - \sigma(x))`,
  expression: () => "1 / (1 + exp(-x))",
  facts: {
    notebook: "notebooks/02-sigmoid-tanh.ipynb",
    source: "Verhulst 1838; Rumelhart, Hinton & Williams 1986",
    torch: "torch.sigmoid",
  },
});
