import type { Exercise } from "../types";

export const eluContinuityAlpha: Exercise = {
  id: "elu-continuity-alpha",
  kind: "numeric",
  notebook: "03-relu-family",
  title: "The α that makes a stretched ELU smooth",
  statement:
    "A stretched ELU is f(x) = x for x > 0 and α(e^(x/s) − 1) for x ≤ 0, with stretch s = 2. It is continuous at 0 for every α. For which α is its derivative f′ continuous at 0 as well? (4 significant digits are checked.)",
  thinking: "derive",
  difficulty: 2,
  minutes: 5,
  placeAfter: 'check("elu-derivative"',
  points: 1,
  starter: "const smoothAlpha = (): number => …",
  // BEGIN SOLUTION
  reference: 2, // the left slope α·e^(x/s)/s at 0 is α/s; it must equal the right slope 1
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "plain ELU's α = 1",
      answer: 1,
      hint: "α = 1 makes the plain ELU (s = 1) smooth; here the chain rule brings a 1/s: the left slope at 0 is α/s",
    },
    {
      name: "α = 1/s",
      answer: 0.5,
      hint: "the left slope at 0 is α·e⁰/s = α/s, and it must equal 1: solve α/s = 1 for α",
    },
    {
      name: "continuity of f instead of f′",
      answer: 0,
      hint: "f is continuous at 0 for every α (both sides give 0); the question is about the slopes: α/s on the left, 1 on the right",
    },
  ],
};
