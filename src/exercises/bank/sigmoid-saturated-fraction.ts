import { normalCdf } from "../../numerics/normal";
import type { Exercise } from "../types";

// Saturated (σ′ below 1% of its peak ¼) beyond |z| = log(s/(1 − s)) with s(1 − s) = 0.0025.
const threshold = (() => {
  const s = (1 - Math.sqrt(0.99)) / 2;
  return Math.log((1 - s) / s);
})();
const twoTails = (limit: number, std: number) => 2 * normalCdf(-limit / std);

export const sigmoidSaturatedFraction: Exercise = {
  id: "sigmoid-saturated-fraction",
  kind: "numeric",
  notebook: "02-sigmoid-tanh",
  title: "On how many of its inputs is a sigmoid unit saturated?",
  statement:
    "A layer's pre-activations are z ~ N(0, 9) (standard deviation 3), for instance after a too-large initialisation. On what fraction of these inputs is a sigmoid unit saturated, with σ′(z) below 1% of its peak σ′(0)? (3 significant digits are checked; `normalCdf` is imported.) *Hint:* first find where σ′ falls below 1% of its peak.",
  thinking: "derive",
  difficulty: 3,
  minutes: 12,
  placeAfter: 'check("sigmoid-saturation-threshold"',
  points: 2,
  starter: "const saturatedFraction = (): number => …",
  // BEGIN SOLUTION
  reference: twoTails(threshold, 3),
  // END SOLUTION
  significantDigits: 3,
  publicCases: [],
  mistakes: [
    {
      name: "one tail only",
      answer: twoTails(threshold, 3) / 2,
      hint: "σ′ is symmetric: units saturate for z far below 0 as well as far above, so both tails count",
    },
    {
      name: "divided by the variance",
      answer: twoTails(threshold, 9),
      hint: "standardise with the standard deviation 3, not the variance 9",
    },
    {
      name: "the threshold where σ itself drops below 0.01",
      answer: twoTails(Math.log(99), 3),
      hint: "|z| > 4.595 is where σ(z) < 0.01; saturation is about the slope: σ′ < 0.0025 beyond |z| ≈ 5.989",
    },
    {
      name: "the absolute threshold σ′ < 0.01",
      answer: twoTails(4.5848, 3),
      hint: "σ′ < 0.01 (|z| > 4.585) is a different threshold; 1% of the peak ¼ is 0.0025, reached at |z| ≈ 5.989",
    },
    {
      name: "the unsaturated fraction",
      answer: 1 - twoTails(threshold, 3),
      hint: "that is the fraction still passing gradient; the question asks for the saturated ones, |z| beyond the threshold",
    },
  ],
};
