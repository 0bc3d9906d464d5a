import { sigmoid as logistic } from "../numerics/logistic";
import { defineActivation } from "./types";

export const sigmoid = defineActivation({
  name: "sigmoid",
  summary: "The logistic function: squashes ℝ to (0, 1), the inverse of the log-odds.",
  params: {},
  f: (x) => logistic(x),
  // σ' = σ(1 − σ), maximal (1/4) at x = 0. Written as σ(x)·σ(−x), which is the same number, because
  // 1 − σ(x) rounds to 0 from x ≈ 37 while σ(−x) keeps its digits (σ'(40) ≈ 4.25e−18, not 0).
  df: (x) => logistic(x) * logistic(-x),
  latex: () => String.raw`\sigma(x) = \frac{1}{1 + e^{-x}}`,
  derivativeLatex: () => String.raw`\sigma(x)\,(1 - \sigma(x))`,
  expression: () => "1 / (1 + exp(-x))",
  facts: { source: "Verhulst 1838; Rumelhart, Hinton & Williams 1986", torch: "torch.sigmoid" },
});
