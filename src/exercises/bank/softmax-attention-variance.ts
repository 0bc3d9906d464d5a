import type { Exercise } from "../types";

export const softmaxAttentionVariance: Exercise = {
  id: "softmax-attention-variance",
  kind: "numeric",
  notebook: "05-softmax",
  title: "How large is an unscaled attention score?",
  statement:
    "A query q and a key k each have d_k = 128 independent entries with mean 0 and variance ½ (q and k independent of each other). What is Var(q·k)? (4 significant digits are checked.)",
  thinking: "derive",
  difficulty: 1,
  minutes: 5,
  points: 1,
  starter: "const scoreVariance = (): number => …",
  // BEGIN SOLUTION
  reference: 128 * 0.5 * 0.5, // d_k independent products, each of variance E[qᵢ²]E[kᵢ²] = ½·½
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "the entries' variance used once: d_k·½",
      answer: 64,
      hint: "both factors bring their variance: for independent, zero-mean qᵢ and kᵢ, Var(qᵢkᵢ) = E[qᵢ²]·E[kᵢ²]",
    },
    {
      name: "unit variances assumed: d_k",
      answer: 128,
      hint: "128 would hold for entries of variance 1; here each product has variance ½·½",
    },
    {
      name: "the standard deviation",
      answer: Math.sqrt(32),
      hint: "that is the standard deviation of q·k (what attention should divide by here); the variance is its square",
    },
    {
      name: "variances averaged instead of added",
      answer: 0.25,
      hint: "that is the variance of one product qᵢkᵢ; q·k sums d_k independent products, so their variances add",
    },
  ],
};
