import type { Exercise } from "../types";

export const residualStack: Exercise = {
  id: "gradients-residual-stack",
  kind: "numeric",
  notebook: "08-gradients-depth",
  title: "The gradient through thirty residual blocks",
  statement:
    "A scalar network stacks 30 residual blocks, each h ↦ h + 0.1·tanh(h). Derive d(output)/d(input) at input 0 (4 significant digits are checked), and compare it with 30 plain blocks h ↦ 0.1·tanh(h).",
  thinking: "derive",
  difficulty: 2,
  minutes: 6,
  placeAfter: 'check("gradients-residual-derivative"',
  points: 1,
  starter: "const stackGradient = (): number => …",
  // BEGIN SOLUTION
  reference: 1.1 ** 30, // h stays 0, and each block's derivative there is 1 + 0.1·tanh′(0) = 1.1
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "the plain stack, without the identity path",
      answer: 0.1 ** 30,
      hint: "10⁻³⁰ is the plain stack's gradient; the identity path adds 1 to every block's derivative: 1 + 0.1·tanh′(0)",
    },
    {
      name: "derivatives added instead of multiplied",
      answer: 1 + 30 * 0.1,
      hint: "the chain rule multiplies the blocks' derivatives: (1.1)³⁰, not 1 + 30·0.1 (that is only its first-order expansion)",
    },
    {
      name: "one block's derivative times the depth",
      answer: 30 * 1.1,
      hint: "the chain rule multiplies: 1.1 · 1.1 · … (30 factors), not 30 · 1.1",
    },
  ],
};
