import type { Exercise } from "../types";

export const swishMinimum: Exercise = {
  id: "swish-minimum",
  kind: "numeric",
  notebook: "04-smooth-gates",
  title: "Where should Swish dip?",
  statement:
    "Swish_β(x) = x·σ(βx) has one minimum, whose location depends on β. For which β does Swish dip lowest exactly at x = −0.5? (4 significant digits are checked.) *Hint:* relate Swish_β to SiLU, whose minimiser you can find with `newton`.",
  thinking: "derive",
  difficulty: 2,
  minutes: 6,
  points: 1,
  starter: "const swishMinimum = (): number => …",
  // BEGIN SOLUTION
  reference: -1.278464542761074 / -0.5, // x*_β = x*_SiLU/β, and x*_SiLU = −1 − W(1/e)
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "the ratio inverted: β = −0.5/x*_SiLU",
      answer: -0.5 / -1.278464542761074,
      hint: "a larger β squeezes the curve towards 0 (x*_β = x*_SiLU/β), so moving the dip from −1.278 to −0.5 needs β > 1: β = x*_SiLU/(−0.5)",
    },
    {
      name: "SiLU's minimiser itself",
      answer: -1.278464542761074,
      hint: "−1.278 is where SiLU (β = 1) dips; the question asks for the β that moves that dip to −0.5",
    },
    {
      name: "the minimum value instead of its location",
      answer: -0.2784645427610738 / -0.5,
      hint: "−0.2785 is SiLU's lowest VALUE; the dip's location is x*_SiLU ≈ −1.2785, and x*_β = x*_SiLU/β",
    },
    {
      name: "β = 2, halving by eye",
      answer: 2,
      hint: "β = 2 puts the dip at −1.278/2 ≈ −0.639, not −0.5: solve x*_SiLU/β = −0.5",
    },
  ],
};
