import { sigmoid as logistic } from "../numerics/logistic";
import { defineActivation } from "./types";

export const sigmoid = defineActivation({
  name: "sigmoid",
  summary: "The logistic function: squashes ℝ to (0, 1), the inverse of the log-odds.",
  params: {},
  f: (x) => logistic(x),
  // σ' = σ(1 − σ): the derivative is a function of the output, maximal (1/4) at x = 0.
  df: (x) => {
    const s = logistic(x);
    return s * (1 - s);
  },
  latex: () => String.raw`\sigma(x) = \frac{1}{1 + e^{-x}}`,
  derivativeLatex: () => String.raw`\sigma(x)\,(1 - \sigma(x))`,
  expression: () => "1 / (1 + exp(-x))",
  facts: { source: "Verhulst 1838; Rumelhart, Hinton & Williams 1986", torch: "torch.sigmoid" },
});
