import type { Exercise } from "../types";

export const clipChoice: Exercise = {
  id: "gradients-clip-choice",
  kind: "choice",
  notebook: "08-gradients-depth",
  title: "What does clipping by norm do?",
  statement:
    "A parameter vector has gradient g = (3, 4), and one step applies `clip_grad_norm_(params, max_norm=1)` before the update. Which statement is true?",
  thinking: "choose",
  difficulty: 1,
  minutes: 3,
  placeAfter: 'check("gradients-clip-norm"',
  points: 1,
  starter: 'const clipped = (): string => "…"',
  options: {
    A: "g becomes (0.6, 0.8): the same direction, length 1",
    B: "g becomes (1, 1): each entry is clamped to at most 1",
    C: "the layer's activations are normalised (as LayerNorm would), which is what clipping means",
    D: "g is unchanged: clipping only acts on gradients that are NaN or infinite",
  },
  // BEGIN SOLUTION
  reference: "A", // ‖g‖ = 5 > 1, so g is scaled by 1/5
  // END SOLUTION
  publicCases: [],
  mistakes: [
    {
      name: "clipping by value",
      answer: "B",
      hint: "(1, 1) is clip_grad_value_: entries clamped one by one, which turns the direction; clipping by norm scales all entries by one factor",
    },
    {
      name: "the seed notes' 'clipping is normalisation' (note 002, line 179)",
      answer: "C",
      hint: "seed note 002 calls normalisation the common way to clip, but the two are different: normalisation layers rescale activations, clipping rescales the gradient",
    },
    {
      name: "only non-finite gradients",
      answer: "D",
      hint: "clip_grad_norm_ acts whenever ‖g‖ exceeds max_norm: here ‖g‖ = 5 > 1",
    },
  ],
};
