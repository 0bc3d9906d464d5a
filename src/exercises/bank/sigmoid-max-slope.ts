import type { Exercise } from "../types";

export const sigmoidMaxSlope: Exercise = {
  id: "sigmoid-max-slope",
  kind: "numeric",
  notebook: "02-sigmoid-tanh",
  title: "The steepest slope of the sigmoid",
  statement: "What is the largest value σ′(x) takes over all real x? (4 significant digits are checked.)",
  points: 1,
  starter: "const maxSlope = (): number => …",
  // BEGIN SOLUTION
  reference: 1 / 4,
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "tanh's maximum slope",
      answer: 1,
      hint: "1 is the largest slope of tanh; σ′ = σ(1 − σ) is largest where σ = ½, which gives ½·½",
    },
    {
      name: "σ(0)",
      answer: 0.5,
      hint: "½ is σ(0), the value at 0, not the slope there",
    },
  ],
};
