import type { Exercise } from "../types";

export const clipChoice: Exercise = {
  id: "gradients-clip-choice",
  kind: "choice",
  notebook: "08-gradients-depth",
  title: "Two parameters, one clip",
  statement:
    "A model has two parameter tensors, a weight with gradient g₁ = (3, 4) and a bias with gradient g₂ = (0, 12). One step calls `clip_grad_norm_([weight, bias], max_norm=6.5)` before the update. What is g₁ afterwards?",
  thinking: "choose",
  difficulty: 2,
  minutes: 4,
  placeAfter: 'check("gradients-clip-norm"',
  points: 1,
  starter: 'const clipped = (): string => "…"',
  options: {
    A: "(1.5, 2): both gradients are scaled by one factor, 6.5/13",
    B: "(3, 4): ‖g₁‖ = 5 is below 6.5, so g₁ is left alone and only g₂ is scaled",
    C: "(3.9, 5.2): g₁ is scaled to length 6.5",
    D: "(3, 4): the activations are normalised instead (seed note 002: clipping is done by normalisation)",
  },
  // BEGIN SOLUTION
  reference: "A", // one global norm √(3² + 4² + 0² + 12²) = 13 > 6.5: every entry is multiplied by ½
  // END SOLUTION
  publicCases: [],
  mistakes: [
    {
      name: "each tensor clipped on its own",
      answer: "B",
      hint: "clip_grad_norm_ computes ONE norm over all the tensors it is given, √(‖g₁‖² + ‖g₂‖²) = 13, and scales them all by the same factor 6.5/13",
    },
    {
      name: "scaled up to max_norm",
      answer: "C",
      hint: "clipping only ever shrinks; and the length that is compared with 6.5 is the norm of both gradients together (13), not ‖g₁‖ = 5",
    },
    {
      name: "the seed notes' 'clipping is normalisation' (note 002, line 179)",
      answer: "D",
      hint: "seed note 002 calls normalisation the common way to clip, but the two are different: normalisation layers rescale activations, clipping rescales the gradient",
    },
  ],
};
