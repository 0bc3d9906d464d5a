import type { Exercise } from "../types";

const roundUpTo = (multiple: number, x: number) => multiple * Math.ceil(x / multiple);

export const gluLlamaHidden: Exercise = {
  id: "glu-llama-hidden",
  kind: "numeric",
  notebook: "06-glu-ffn",
  title: "The hidden size of a LLaMA-style SwiGLU block",
  statement:
    "A LLaMA-style model (Touvron et al. 2023) has d_model = 5120. Its SwiGLU block starts from the FFN's 4·d_model, applies the 2/3 rule so that the weight count matches the FFN's, and then rounds UP to a multiple of 256 (for fast matrix kernels). What hidden size d_ff does it use?",
  thinking: "derive",
  difficulty: 1,
  minutes: 3,
  placeAfter: 'check("glu-hidden-size"',
  points: 1,
  starter: "const llamaHidden = (): number => …",
  // BEGIN SOLUTION
  reference: roundUpTo(256, (2 / 3) * 4 * 5120),
  // END SOLUTION
  significantDigits: 7,
  publicCases: [],
  mistakes: [
    {
      name: "rounded to an integer only",
      answer: Math.round((2 / 3) * 4 * 5120),
      hint: "2/3 of 20480 is 13653.33; the block then rounds up to a multiple of 256",
    },
    {
      name: "rounded down to a multiple of 256",
      answer: 256 * Math.floor(((2 / 3) * 4 * 5120) / 256),
      hint: "the statement says up: 13653.33/256 = 53.33, so 54 blocks of 256",
    },
    {
      name: "the FFN's 4·d_model",
      answer: 4 * 5120,
      hint: "20480 is the plain FFN's hidden size; a GLU block has three matrices instead of two, so it takes 2/3 of that first",
    },
    {
      name: "2/3 of d_model",
      answer: roundUpTo(256, (2 / 3) * 5120),
      hint: "the 2/3 rule applies to the FFN's hidden size 4·d_model, not to d_model",
    },
  ],
};
