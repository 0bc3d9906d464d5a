import type { Exercise } from "../types";

export const gluChoice: Exercise = {
  id: "glu-formula-choice",
  kind: "choice",
  notebook: "06-glu-ffn",
  title: "Which formula is a GLU?",
  statement:
    "Which is the gated linear unit (Dauphin et al. 2017) used by GLU feed-forward blocks (Shazeer 2020)? x is the input row vector, W and V are two learned projections. Answer with the letter. *Hint:* two projections, one of them gated, one linear; which side the σ sits on is a naming convention.",
  thinking: "choose",
  difficulty: 1,
  minutes: 3,
  points: 1,
  starter: 'const gluChoice = (): string => "…"',
  options: {
    A: "x ⊗ σ(xW)",
    B: "(xW + b) ⊗ σ(xV + c)",
    C: "σ(xW) ⊗ σ(xV)",
    D: "x ⊗ GELU(xW)",
  },
  // BEGIN SOLUTION
  reference: "B",
  // END SOLUTION
  publicCases: [],
  mistakes: [
    {
      name: "x ⊗ σ(W₁x) (seed note 001)",
      answer: "A",
      hint: "x ⊗ σ(xW) gates the raw input; a GLU gates a second linear projection: (xW + b) ⊗ σ(xV + c), two projections of the same x",
    },
    {
      name: "x ⊗ GELU(W₁x) as GeGLU (seed note 001)",
      answer: "D",
      hint: "GeGLU replaces the σ of the gate by GELU, but the value path is still a projection: (xW) ⊗ GELU(xV), not x itself",
    },
    {
      name: "two gates",
      answer: "C",
      hint: "σ(xW) ⊗ σ(xV) multiplies two gates, so every output lies in (0, 1); one path must stay linear (the value)",
    },
  ],
};
