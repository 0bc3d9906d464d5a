import type { Exercise } from "../types";

export const gluParamCount: Exercise = {
  id: "glu-param-count",
  kind: "numeric",
  notebook: "06-glu-ffn",
  title: "Counting the weights of a SwiGLU block",
  statement:
    "A SwiGLU feed-forward block (Shazeer 2020, no biases) has d_model = 768 and hidden size d_ff = 2048. How many weights does it have? (All 7 digits are checked.)",
  points: 1,
  starter: "const swigluWeights = (): number => …",
  // BEGIN SOLUTION
  reference: 3 * 768 * 2048,
  // END SOLUTION
  significantDigits: 7,
  publicCases: [],
  mistakes: [
    {
      name: "two matrices, as in the plain FFN",
      answer: 2 * 768 * 2048,
      hint: "a GLU block has three d_model×d_ff matrices: the gate W, the value V and the output W₂",
    },
    {
      name: "the FFN's 4·d hidden size",
      answer: 3 * 768 * 3072,
      hint: "the question's d_ff is 2048 (2/3 of 4·768 = 3072, Shazeer's rule); count 3·d_model·d_ff",
    },
    {
      name: "square matrices",
      answer: 3 * 768 * 768,
      hint: "W and V map d_model = 768 to d_ff = 2048 and W₂ maps back: each has 768·2048 entries",
    },
  ],
};
