import type { Exercise } from "../types";

// σ′ = s(1 − s) = c/4 (c = the fraction of the peak ¼ that is left) ⇔ s = (1 − √(1 − c))/2.
const thresholdFor = (fractionOfPeak: number): number => {
  const s = (1 - Math.sqrt(1 - fractionOfPeak)) / 2;
  return -Math.log(s / (1 - s));
};

export const sigmoidSaturationThreshold: Exercise = {
  id: "sigmoid-saturation-threshold",
  kind: "numeric",
  notebook: "02-sigmoid-tanh",
  title: "Where does the sigmoid saturate?",
  statement:
    "Call σ saturated where its slope has fallen below 1% of its peak: σ′(x) < 0.01·σ′(0). Beyond which |x| is that? Derive it exactly (4 significant digits are checked). *Hint:* σ′ = s(1 − s) with s = σ(x) is a quadratic in s; then invert σ.",
  thinking: "derive",
  difficulty: 2,
  minutes: 8,
  placeAfter: 'check("sigmoid-max-slope"',
  points: 1,
  starter: "const saturationThreshold = (): number => …",
  // BEGIN SOLUTION
  reference: thresholdFor(0.01),
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "σ′ < 0.01 instead of 1% of the peak",
      answer: thresholdFor(0.04),
      hint: "the peak is σ′(0) = ¼, so 1% of it is 0.0025, not 0.01: solve s(1 − s) = 0.0025",
    },
    {
      name: "σ(x) < 0.01 instead of σ′",
      answer: Math.log(99),
      hint: "that is where σ itself drops below 0.01; the question is about the slope σ′ = s(1 − s)",
    },
    {
      name: "e^(−|x|) < 0.01: the tail form at the wrong level",
      answer: Math.log(100),
      hint: "in the tails σ′ ≈ e^(−|x|), but 1% of the peak ¼ is 0.0025, not 0.01; and solve s(1 − s) = 0.0025 exactly rather than through the tail form",
    },
    {
      name: "the root s, not x",
      answer: (1 - Math.sqrt(0.99)) / 2,
      hint: "that is s = σ(x) at the threshold; invert σ: x = log(s/(1 − s)), and report |x|",
    },
  ],
};
