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
    A: "rotation by 30°",
    B: "reflection across the line y = x",
    C: "translation x ↦ x + (3, −2)",
    D: "projection onto the x-axis",
  },
  // BEGIN SOLUTION
  reference: "C",
  // END SOLUTION
  publicCases: [],
  mistakes: [
    {
      name: "projection loses information, so it seems not linear",
      answer: "D",
      hint: "a projection is not invertible, but it is linear: P(u + v) = Pu + Pv with P = [[1, 0], [0, 0]]. Check where each map sends the origin",
    },
    {
      name: "reflection flips orientation",
      answer: "B",
      hint: "a reflection flips orientation but is a matrix, [[0, 1], [1, 0]], so it is linear. Check where each map sends the origin",
    },
    {
      name: "rotation",
      answer: "A",
      hint: "a rotation is the matrix [[cos θ, −sin θ], [sin θ, cos θ]], so it is linear. Which map moves the origin?",
    },
  ],
};
