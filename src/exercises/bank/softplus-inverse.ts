import type { Exercise } from "../types";
// BEGIN HIDDEN
import { sampleScalars } from "../sampleScalars";
// END HIDDEN

export const softplusInverse: Exercise = {
  id: "softplus-inverse",
  kind: "function",
  notebook: "04-smooth-gates",
  title: "Softplus, inverted",
  statement:
    "softplus(x) = log(1 + eˣ) maps ℝ onto (0, ∞), so it has an inverse: libraries use it to turn a positive parameter (a scale, a temperature) into an unconstrained one. Derive softplus⁻¹(y) for y > 0 and implement it, correct to double precision for y from 10⁻⁸ to 1000. *Hint:* `Math.expm1` and `Math.log1p` exist for a reason.",
  thinking: "implement",
  difficulty: 2,
  minutes: 8,
  forbids: ["activation", "log1pExp"],
  placeAfter: 'check("mish-derivative"',
  points: 2,
  starter: "function softplusInverse(y: number): number",
  // BEGIN SOLUTION
  reference: (y: number): number => y + Math.log(-Math.expm1(-y)), // log(eʸ − 1) = y + log(1 − e^(−y))
  // END SOLUTION
  publicCases: [[1], [0.5], [5], [1e-10], [40], [800]],
  // BEGIN HIDDEN
  hiddenCases: [[1e-12], [709.75], [2.5e-5], ...sampleScalars(8_110_029, 6, 0.01, 20)],
  // END HIDDEN
  tolerance: { absolute: 1e-12, relative: 1e-9 },
  mistakes: [
    {
      name: "log(eʸ − 1), overflowing",
      answer: (y: number) => Math.log(Math.exp(y) - 1),
      hint: "the formula log(eʸ − 1) is right, but eʸ overflows for y ≳ 709: write it as y + log(1 − e^(−y)) = y + log(−expm1(−y))",
    },
    {
      name: "softplus itself",
      answer: (y: number) => Math.log1p(Math.exp(y)),
      hint: "log(1 + eʸ) is softplus, not its inverse: solve y = log(1 + eˣ) for x (eˣ = eʸ − 1)",
    },
    {
      name: "log(y)",
      answer: (y: number) => Math.log(y),
      hint: "for small y, softplus⁻¹(y) ≈ log(y), but not exactly: eˣ = eʸ − 1, so x = log(eʸ − 1)",
    },
    {
      name: "loses digits for small y",
      answer: (y: number) => (y > 30 ? y + Math.log(-Math.expm1(-y)) : Math.log(Math.exp(y) - 1)),
      hint: "for tiny y, eʸ − 1 cancels catastrophically (eʸ rounds near 1): use Math.expm1(y) = eʸ − 1 computed accurately",
    },
  ],
};
