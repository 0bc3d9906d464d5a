import type { Exercise } from "../types";

export const swishMinimum: Exercise = {
  id: "swish-minimum",
  kind: "numeric",
  notebook: "04-smooth-gates",
  title: "Where Swish with β = 2 dips lowest",
  statement:
    "Swish with β = 2, x·σ(2x), has one minimum, like SiLU. At which x is it? (4 significant digits are checked.) *Hint:* substitute u = 2x and use what you know about SiLU.",
  thinking: "derive",
  difficulty: 2,
  minutes: 6,
  points: 1,
  starter: "const swishMinimum = (): number => …",
  // BEGIN SOLUTION
  reference: -1.278464542761074 / 2, // x·σ(2x) = ½·u·σ(u) with u = 2x: SiLU's minimiser −1 − W(1/e), halved
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "β ignored: SiLU's minimiser",
      answer: -1.278464542761074,
      hint: "−1.278 is where SiLU = x·σ(x) dips; with β = 2 the curve is SiLU(2x)/2, squeezed horizontally by 2",
    },
    {
      name: "multiplied by β instead of divided",
      answer: -1.278464542761074 * 2,
      hint: "u = 2x, so x = u/2: the dip moves towards 0 (x* = −1.278/2), not away from it",
    },
    {
      name: "the minimum value instead of its location",
      answer: -0.2784645427610738 / 2,
      hint: "−0.139 is the lowest VALUE, ½·SiLU(u*); the question asks WHERE: x* = u*/2",
    },
    {
      name: "x = 0",
      answer: 0,
      hint: "the derivative at 0 is ½, not 0: the function is rising at 0. Its minimum lies at negative x",
    },
  ],
};
