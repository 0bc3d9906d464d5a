import type { Exercise } from "../types";

export const softmaxAttentionVariance: Exercise = {
  id: "softmax-attention-variance",
  kind: "numeric",
  notebook: "05-softmax",
  title: "How large is an unscaled attention score?",
  statement:
    "A query q and a key k each have d_k = 64 independent entries with mean 0 and variance 1. What is Var(q·k)? (4 significant digits are checked.)",
  points: 1,
  starter: "const scoreVariance = (): number => …",
  // BEGIN SOLUTION
  reference: 64,
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "the standard deviation √d_k",
      answer: 8,
      hint: "8 = √64 is the standard deviation of q·k (the number attention divides by); the variance is d_k·1·1",
    },
    {
      name: "the variance of one product",
      answer: 1,
      hint: "each product qᵢkᵢ has variance E[qᵢ²]E[kᵢ²] = 1, but q·k sums d_k independent products, so their variances add",
    },
    {
      name: "d_k squared",
      answer: 4096,
      hint: "variances of independent terms add: d_k terms of variance 1 give d_k, not d_k²",
    },
  ],
};
