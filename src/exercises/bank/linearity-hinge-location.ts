import type { Exercise } from "../types";

export const linearityHingeLocation: Exercise = {
  id: "linearity-hinge-location",
  kind: "function",
  notebook: "01-linearity",
  title: "Where a ReLU unit bends",
  statement:
    "A hidden unit of a one-input network computes ReLU(w·x + b) with w ≠ 0. Return the x at which its graph has its kink (the hinge). *Hint:* the kink is where the pre-activation is zero.",
  thinking: "derive",
  difficulty: 1,
  minutes: 3,
  points: 1,
  starter: "function hingeLocation(w: number, b: number): number",
  // BEGIN SOLUTION
  reference: (w: number, b: number): number => -b / w,
  // END SOLUTION
  publicCases: [
    [2, 1],
    [-0.5, 1],
    [4, -2],
    [1, 3],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [-3, -1.5],
    [0.25, 0.75],
    [7, 0],
  ],
  // END HIDDEN
  mistakes: [
    {
      name: "sign lost: b/w",
      answer: (w: number, b: number) => b / w,
      hint: "the kink is where the pre-activation is 0: w·x + b = 0 gives x = −b/w (mind the sign)",
    },
    {
      name: "inverted: −w/b",
      answer: (w: number, b: number) => -w / b,
      hint: "solve w·x + b = 0 for x: divide −b by w, not −w by b",
    },
    {
      name: "forgot to divide by w",
      answer: (_w: number, b: number) => -b,
      hint: "−b is the kink only when w = 1; in general w·x + b = 0 gives x = −b/w",
    },
  ],
};
