import type { Exercise } from "../types";

// σ″ = s(1 − s)(1 − 2s) with s = σ(x); its stationary points are s = (3 ± √3)/6.
const steepS = (3 - Math.sqrt(3)) / 6;

export const sigmoidMaxSlope: Exercise = {
  id: "sigmoid-max-slope",
  kind: "numeric",
  notebook: "02-sigmoid-tanh",
  title: "How steep is σ′ at its steepest?",
  statement:
    "σ′ rises to its peak at x = 0 and falls again on both sides. How steep is its steepest rise? Give the largest value of σ″(x) over all real x (4 significant digits are checked). *Hint:* write σ″ as a polynomial in s = σ(x) and maximise it over s ∈ (0, 1).",
  thinking: "derive",
  difficulty: 2,
  minutes: 8,
  points: 1,
  starter: "const steepestSlopeOfSigmoidDerivative = (): number => …",
  // BEGIN SOLUTION
  reference: Math.sqrt(3) / 18,
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "the peak of σ′ itself",
      answer: 1 / 4,
      hint: "¼ is the largest value of σ′; the question asks for the largest slope of σ′, that is the maximum of σ″ = s(1 − s)(1 − 2s)",
    },
    {
      name: "s = ¼ guessed instead of solved",
      answer: 0.25 * 0.75 * 0.5,
      hint: "set the derivative of s(1 − s)(1 − 2s) = s − 3s² + 2s³ to zero: 1 − 6s + 6s² = 0 gives s = (3 − √3)/6 ≈ 0.211, not ¼",
    },
    {
      name: "where, not how steep",
      answer: Math.log(steepS / (1 - steepS)),
      hint: "that is where σ′ is steepest (x = log(s/(1 − s)) ≈ −1.317); the question asks for σ″ there",
    },
    {
      name: "the steepest fall",
      answer: -Math.sqrt(3) / 18,
      hint: "that is the minimum of σ″ (the steepest fall, at x ≈ +1.317); the largest value is at the other root, s = (3 − √3)/6",
    },
  ],
};
