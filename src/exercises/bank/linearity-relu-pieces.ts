import type { Exercise } from "../types";

export const linearityReluPieces: Exercise = {
  id: "linearity-relu-pieces",
  kind: "numeric",
  notebook: "01-linearity",
  title: "How many straight pieces?",
  statement:
    "A one-input network sums three ReLU units: f(x) = ReLU(x) + ReLU(−x + 1) + ReLU(2x − 2). Its graph is made of straight pieces joined at kinks. How many pieces does it have on the whole real line? Predict it on paper, then check.",
  thinking: "predict",
  difficulty: 2,
  minutes: 6,
  placeAfter: 'check("linearity-hinge-location"',
  points: 1,
  starter: "const pieces = (): number => …",
  // BEGIN SOLUTION
  reference: 3, // kinks at x = 0 and x = 1 (two units bend at 1, and their slope changes add, +1 + 2)
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "one piece per unit, plus one",
      answer: 4,
      hint: "two of the units bend at the same x (−b/w = 1 for both ReLU(−x + 1) and ReLU(2x − 2)): count distinct kinks",
    },
    {
      name: "two pieces per unit",
      answer: 6,
      hint: "each ReLU alone has two pieces, but the sum's pieces lie between the sum's kinks: k distinct kinks (whose slope changes do not cancel) give k + 1 pieces",
    },
    {
      name: "the kinks, not the pieces",
      answer: 2,
      hint: "2 is the number of kinks (x = 0 and x = 1); the pieces are the straight stretches between and beyond them",
    },
    {
      name: "a sum of ReLUs thought to stay linear",
      answer: 1,
      hint: "each ReLU bends where its pre-activation is 0; a sum of bent lines bends wherever one of them does (unless the slope changes cancel)",
    },
  ],
};
