import type { Exercise } from "../types";

export const swishMinimum: Exercise = {
  id: "swish-minimum",
  kind: "numeric",
  notebook: "04-smooth-gates",
  title: "Where Swish dips lowest",
  statement:
    "SiLU(x) = x·σ(x) (Swish with β = 1) has one minimum. At which x is it? (4 significant digits are checked; Newton's method on SiLU′ finds it.)",
  points: 1,
  starter: "const swishMinimum = (): number => …",
  // BEGIN SOLUTION
  reference: -1.278464542761074, // −1 − W(1/e), the root of SiLU′
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "the minimum value instead of its location",
      answer: -0.2784645427610738,
      hint: "−0.2785 is the lowest VALUE, SiLU(x*) = 1 + x*; the question asks WHERE: the x* with SiLU′(x*) = 0",
    },
    {
      name: "where GELU dips",
      answer: -0.7517915241,
      hint: "−0.752 is where GELU = x·Φ(x) has its minimum; SiLU's gate σ(x) is wider, so its dip is further left",
    },
    {
      name: "x = 0",
      answer: 0,
      hint: "SiLU′(0) = ½, not 0: the function is rising at 0. Its minimum lies at negative x",
    },
  ],
};
