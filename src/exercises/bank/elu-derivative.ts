import type { Exercise } from "../types";

export const eluDerivative: Exercise = {
  id: "elu-derivative",
  kind: "function",
  notebook: "03-relu-family",
  title: "The derivative of ELU, kink included",
  statement:
    "Implement ELU′(x) for ELU(x) = x if x > 0, α(eˣ − 1) otherwise. At the kink x = 0 return what PyTorch's autograd returns (the left derivative).",
  thinking: "implement",
  difficulty: 1,
  minutes: 4,
  forbids: ["activation"],
  points: 1,
  starter: "function eluDerivative(x: number, alpha: number): number",
  // BEGIN SOLUTION
  reference: (x: number, alpha: number): number => (x > 0 ? 1 : alpha * Math.exp(x)),
  // END SOLUTION
  publicCases: [
    [1, 1],
    [-1, 1],
    [0, 1],
    [-2, 0.5],
    [0, 0.5],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [-0.3125, 2.5],
    [4.0625, 0.25],
    [-6.75, 1.5],
  ],
  // END HIDDEN
  mistakes: [
    {
      name: "ELU itself on the negative side",
      answer: (x: number, alpha: number) => (x > 0 ? 1 : alpha * (Math.exp(x) - 1)),
      hint: "for x ≤ 0 the derivative is α·eˣ (= ELU(x) + α), not ELU(x) itself",
    },
    {
      name: "right derivative at the kink",
      answer: (x: number, alpha: number) => (x >= 0 ? 1 : alpha * Math.exp(x)),
      hint: "at x = 0 PyTorch's elu_backward uses the negative side: ELU′(0) = α (the two sides agree only when α = 1)",
    },
    {
      name: "α forgotten",
      answer: (x: number) => (x > 0 ? 1 : Math.exp(x)),
      hint: "the negative side is α·eˣ: α scales the derivative as it scales the function",
    },
  ],
};
