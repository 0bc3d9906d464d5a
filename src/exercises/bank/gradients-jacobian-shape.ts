import type { Exercise } from "../types";

export const jacobianShape: Exercise = {
  id: "gradients-jacobian-shape",
  kind: "choice",
  notebook: "08-gradients-depth",
  title: "The shape of a network's Jacobian",
  statement:
    "A network has sizes [2, 16, 16, 1]: layer Jacobians J₁ (16×2), J₂ (16×16), J₃ (1×16), rows = outputs. What is the shape of ∂output/∂input = J₃J₂J₁? Answer with the letter.",
  thinking: "predict",
  difficulty: 1,
  minutes: 3,
  points: 1,
  starter: 'const jacobianShape = (): string => "…"',
  options: { A: "1×2", B: "2×1", C: "16×16", D: "1×16" },
  // BEGIN SOLUTION
  reference: "A",
  // END SOLUTION
  publicCases: [],
  mistakes: [
    {
      name: "transposed",
      answer: "B",
      hint: "rows are outputs (1) and columns inputs (2): 1×2. Its transpose, 2×1, is the gradient the backward pass returns as a column",
    },
    {
      name: "a hidden layer's Jacobian",
      answer: "C",
      hint: "16×16 is J₂ alone; a product keeps the rows of its first factor and the columns of its last: (1×16)(16×16)(16×2) = 1×2",
    },
    {
      name: "the last layer's Jacobian",
      answer: "D",
      hint: "1×16 is J₃ alone; multiplying by J₂J₁ (16×2) gives 1×2",
    },
  ],
};
