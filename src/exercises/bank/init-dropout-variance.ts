import type { Exercise } from "../types";

export const dropoutVariance: Exercise = {
  id: "init-dropout-variance",
  kind: "function",
  notebook: "07-init-variance",
  title: "The variance after inverted dropout",
  statement:
    "Inverted dropout with drop probability p maps an activation x to y = m·x/(1 − p), where m ~ Bernoulli(1 − p) is drawn independently of x (1: kept, 0: dropped). The scaling keeps the mean, E[y] = E[x]. If x has mean μ and variance s², what is Var(y)? Return it as a function of p, μ and s² (0 ≤ p < 1). `dropout` is off limits.",
  thinking: "derive",
  difficulty: 2,
  minutes: 8,
  forbids: ["dropout"],
  placeAfter: "## Dropout: a random gate",
  points: 2,
  starter: "function dropoutVariance(p: number, mean: number, variance: number): number",
  // BEGIN SOLUTION
  reference: (p: number, mean: number, variance: number): number => (variance + mean * mean) / (1 - p) - mean * mean,
  // END SOLUTION
  publicCases: [
    [0.5, 0, 1],
    [0.5, 1, 1],
    [0.2, 0.4, 0.34],
    [0, 2, 3],
    [0.9, -0.5, 0.25],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [0.35, 0.75, 2.5],
    [0.1, -1.25, 0.0625],
  ],
  // END HIDDEN
  tolerance: { absolute: 1e-12, relative: 1e-10 },
  mistakes: [
    {
      name: "unchanged, like the mean",
      answer: (_p: number, _mean: number, variance: number) => variance,
      hint: "keeping the mean does not keep the spread: a kept entry is x/(1 − p), larger than x, and a dropped one is 0. Compute E[y²] = E[m²]·E[x²]/(1 − p)² first",
    },
    {
      name: "s²/(1 − p): the mean's part forgotten",
      answer: (p: number, _mean: number, variance: number) => variance / (1 - p),
      hint: "right when μ = 0 only: E[y²] = E[x²]/(1 − p) = (s² + μ²)/(1 − p), and Var(y) = E[y²] − μ², so μ² p/(1 − p) adds to s²/(1 − p)",
    },
    {
      name: "divided by (1 − p)²",
      answer: (p: number, mean: number, variance: number) => (variance + mean * mean) / (1 - p) ** 2 - mean * mean,
      hint: "the factor 1/(1 − p)² applies only to kept entries, which occur with probability 1 − p: E[m²] = 1 − p cancels one power, E[y²] = E[x²]/(1 − p)",
    },
    {
      name: "plain dropout without the 1/(1 − p)",
      answer: (p: number, mean: number, variance: number) => (1 - p) * (variance + mean * mean) - ((1 - p) * mean) ** 2,
      hint: "that is y = m·x without the inverted scaling (its mean is (1 − p)μ); the statement divides kept entries by 1 − p",
    },
  ],
};
