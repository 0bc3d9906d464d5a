import type { Exercise } from "../types";

export const gluHiddenSize: Exercise = {
  id: "glu-hidden-size",
  kind: "function",
  notebook: "06-glu-ffn",
  title: "The GLU hidden size that keeps the parameter count",
  statement:
    "A Transformer FFN has d_model = dModel and hidden size ffnHidden (weights W₁, W₂; ignore biases). Return the hidden size d_ff of a GLU block (weights W, V, W₂) with exactly the same number of weights. Do not round.",
  thinking: "derive",
  difficulty: 2,
  minutes: 5,
  forbids: ["gluHiddenSizeMatchingFfn", "gluParamCount", "feedForwardParamCount"],
  points: 1,
  starter: "function gluHiddenSize(dModel: number, ffnHidden: number): number",
  // BEGIN SOLUTION
  reference: (_dModel: number, ffnHidden: number): number => (2 * ffnHidden) / 3,
  // END SOLUTION
  publicCases: [
    [768, 3072],
    [512, 2048],
    [64, 100],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [4096, 16384],
    [10, 7],
  ],
  // END HIDDEN
  mistakes: [
    {
      name: "the FFN's hidden size unchanged",
      answer: (_dModel: number, ffnHidden: number) => ffnHidden,
      hint: "with the same hidden size a GLU has three d×d_ff matrices instead of two: 1.5× the weights. Solve 3·d·d_ff = 2·d·ffnHidden",
    },
    {
      name: "3/2 instead of 2/3",
      answer: (_dModel: number, ffnHidden: number) => (3 * ffnHidden) / 2,
      hint: "the GLU has more matrices, so its hidden size must shrink: 3·d·d_ff = 2·d·ffnHidden gives d_ff = 2/3·ffnHidden",
    },
    {
      name: "half",
      answer: (_dModel: number, ffnHidden: number) => ffnHidden / 2,
      hint: "halving would be right for four matrices; a GLU block has three (W, V, W₂), so d_ff = 2/3·ffnHidden",
    },
  ],
};
