import type { Exercise } from "../types";

export const gluChoice: Exercise = {
  id: "glu-formula-choice",
  kind: "choice",
  notebook: "06-glu-ffn",
  title: "F.glu's split form, as two projections",
  statement:
    "PyTorch's `F.glu(z)` splits its input along the last dimension into two halves, z = [a ‖ b], and returns a ⊗ σ(b). A block computes z = xM with one d×2h matrix M = [M_L ‖ M_R] (its left h and right h columns), then F.glu(z). Which W and V make this notebook's two-projection GLU σ(xW) ⊗ xV the same function of x? Answer with the letter.",
  thinking: "choose",
  difficulty: 2,
  minutes: 4,
  points: 1,
  starter: 'const gluChoice = (): string => "…"',
  options: {
    A: "W = M_L, V = M_R",
    B: "W = M_R, V = M_L",
    C: "W = M, V = I: the block is x ⊗ σ(xM)",
    D: "W = V = M: the block is σ(xM) ⊗ xM",
  },
  // BEGIN SOLUTION
  reference: "B",
  // END SOLUTION
  publicCases: [],
  mistakes: [
    {
      name: "the first half as the gate",
      answer: "A",
      hint: "F.glu returns a ⊗ σ(b): the σ sits on the second half b = xM_R, so the gate projection is W = M_R and the value is V = M_L",
    },
    {
      name: "x ⊗ σ(W₁x) (seed note 001, E18)",
      answer: "C",
      hint: "x ⊗ σ(xM) is the notes' E18 form: it gates the raw input, and its widths do not even match (x has d entries, σ(xM) has 2h). F.glu halves z = xM first",
    },
    {
      name: "one projection gating itself",
      answer: "D",
      hint: "σ(xM) ⊗ xM is SiLU(xM), 2h entries each gated by itself; F.glu pairs entry j of the first half with entry j of the second and returns h entries",
    },
  ],
};
