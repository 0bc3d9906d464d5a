import type { Exercise } from "../types";

export const initLossExcess: Exercise = {
  id: "gradients-init-loss-excess",
  kind: "function",
  notebook: "08-gradients-depth",
  title: "How far above ln C a random start begins",
  statement:
    "At initialisation the C logits of an example are z = s·u, with u₁ … u_C independent 𝒩(0, 1) and independent of the label y. For small s the expected loss is E[−log softmax(z)_y] = ln C + k·s² + O(s³). Derive k as a function of C (Taylor-expand log Σ e^(zᵢ) around z = 0 to second order, then take the expectation).",
  thinking: "derive",
  difficulty: 3,
  minutes: 20,
  placeAfter: "Reveal (the first loss)",
  points: 2,
  starter: "function lossCurvature(classes: number): number",
  // BEGIN SOLUTION
  // log Σ e^(zᵢ) ≈ ln C + z̄ + (1/2C)·Σ(zᵢ − z̄)²; E[z̄ − z_y] = 0 and E Σ(uᵢ − ū)² = C − 1.
  reference: (classes: number): number => (classes - 1) / (2 * classes),
  // END SOLUTION
  tolerance: { absolute: 1e-9, relative: 1e-7 },
  publicCases: [[2], [5], [10]],
  // BEGIN HIDDEN
  hiddenCases: [[3], [1000]],
  // END HIDDEN
  mistakes: [
    {
      name: "the mean not subtracted",
      answer: () => 0.5,
      hint: "the Hessian of log Σ e^(zᵢ) at 0 is (1/C)(I − 11ᵀ/C), not I/C: the softmax ignores a shift of all logits, so only the spread Σ(zᵢ − z̄)² counts, and E Σ(uᵢ − ū)² = C − 1, not C",
    },
    {
      name: "the Taylor ½ forgotten",
      answer: (classes: number) => (classes - 1) / classes,
      hint: "the second-order term of a Taylor expansion carries ½: ½·zᵀHz with H = (1/C)(I − 11ᵀ/C)",
    },
    {
      name: "one class's variance only",
      answer: (classes: number) => 1 / (2 * classes),
      hint: "every class contributes: E[zᵀHz] = s²·trace(H) = s²·(C − 1)/C, not the diagonal entry of one class",
    },
    {
      name: "the first order only",
      answer: () => 0,
      hint: "the first-order term z̄ − z_y has mean 0, but the second-order term is a variance and never averages away: the start is always above ln C",
    },
  ],
};
