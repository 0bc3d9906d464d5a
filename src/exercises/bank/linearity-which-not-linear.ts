import type { Exercise } from "../types";

export const linearityTranslationChoice: Exercise = {
  id: "linearity-which-not-linear",
  kind: "choice",
  notebook: "01-linearity",
  title: "Which map of the plane is not linear?",
  statement:
    "A linear map L satisfies L(u + v) = L(u) + L(v) and L(cu) = cL(u). Which of these maps of ℝ² is NOT linear? Answer with the letter. *Hint:* where does each map send the origin?",
  thinking: "choose",
  difficulty: 1,
  minutes: 3,
  points: 1,
  starter: 'const notLinear = (): string => "…"',
  options: {
    A: "(x, y) ↦ (2x − y, 3y)",
    B: "(x, y) ↦ (y, x)",
    C: "(x, y) ↦ (x + 3, y − 2)",
    D: "(x, y) ↦ (x, 0)",
  },
  // BEGIN SOLUTION
  reference: "C",
  // END SOLUTION
  publicCases: [],
  mistakes: [
    {
      name: "projection loses information, so it seems not linear",
      answer: "D",
      hint: "(x, 0) is the projection onto the x-axis: not invertible, but linear, P(u + v) = Pu + Pv with P = [[1, 0], [0, 0]]. Check where each map sends the origin",
    },
    {
      name: "reflection flips orientation",
      answer: "B",
      hint: "(y, x) is the reflection across y = x: it flips orientation but is a matrix, [[0, 1], [1, 0]], so it is linear. Check where each map sends the origin",
    },
    {
      name: "mixing coordinates",
      answer: "A",
      hint: "(2x − y, 3y) mixes the coordinates, but each output is a fixed combination of x and y: the matrix [[2, −1], [0, 3]], so it is linear. Which map moves the origin?",
    },
  ],
};
