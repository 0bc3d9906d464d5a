import type { Exercise } from "../types";

export const gluParamCount: Exercise = {
  id: "glu-param-count",
  kind: "numeric",
  notebook: "06-glu-ffn",
  title: "Counting the weights of a SwiGLU block",
  statement:
    "A SwiGLU feed-forward block (Shazeer 2020, no biases) has d_model = 1024 and hidden size d_ff = 2816. How many weights does it have? (All 7 significant digits are checked.)",
  thinking: "derive",
  difficulty: 1,
  minutes: 3,
  points: 1,
  starter: "const swigluWeights = (): number => …",
  // BEGIN SOLUTION
  reference: 3 * 1024 * 2816, // W and V (d_model×d_ff) and W₂ (d_ff×d_model)
  // END SOLUTION
  significantDigits: 7,
  publicCases: [],
  mistakes: [
    {
      name: "two matrices, as in the plain FFN",
      answer: 2 * 1024 * 2816,
      hint: "a GLU block has three d_model×d_ff matrices: the gate W, the value V and the output W₂",
    },
    {
      name: "the FFN's 4·d hidden size",
      answer: 3 * 1024 * 4096,
      hint: "the question's d_ff is 2816, not the plain FFN's 4·1024 = 4096: count the entries of W, V and W₂ at d_ff = 2816",
    },
    {
      name: "square matrices",
      answer: 3 * 1024 * 1024,
      hint: "W and V map d_model = 1024 to d_ff = 2816 and W₂ maps back: each has 1024·2816 entries",
    },
  ],
};
