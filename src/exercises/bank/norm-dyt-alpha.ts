import type { Exercise } from "../types";

// Φ⁻¹(0.95) and Φ⁻¹(0.9), the standard normal quantiles (published tables).
const Z_95 = 1.6448536269514722;
const Z_90 = 1.2815515655446004;
const SATURATION_EDGE = Math.atanh(Math.sqrt(0.95)); // 1 − tanh²(u) < 0.05 ⇔ |u| > this

export const normDytAlpha: Exercise = {
  id: "norm-dyt-alpha",
  kind: "numeric",
  notebook: "09-normalization",
  title: "The α of DyT for a chosen saturation",
  statement:
    "DyT computes tanh(αx) (γ = 1, β = 0) on inputs x ~ N(0, σ²) with σ = 2. A value counts as saturated when 1 − tanh²(αx) < 0.05. Which α makes exactly 10% of the inputs saturated? (3 significant digits are checked.)",
  thinking: "derive",
  difficulty: 2,
  minutes: 10,
  points: 1,
  starter: "const dytAlphaForTenPercent = (): number => …",
  // BEGIN SOLUTION
  reference: SATURATION_EDGE / (2 * Z_95),
  // END SOLUTION
  significantDigits: 3,
  publicCases: [],
  mistakes: [
    {
      name: "10% in one tail",
      answer: SATURATION_EDGE / (2 * Z_90),
      hint: "saturation happens in both tails, |x| > 2.178/α: each tail holds 5%, so use Φ⁻¹(0.95), not Φ⁻¹(0.9)",
    },
    {
      name: "σ left out",
      answer: SATURATION_EDGE / Z_95,
      hint: "x has standard deviation σ = 2: P(|x| > c) = 2(1 − Φ(c/σ)), so divide by σ as well",
    },
    {
      name: "slope threshold taken as |tanh| > 0.05",
      answer: Math.atanh(0.05) / (2 * Z_95),
      hint: "saturated means the slope 1 − tanh² is below 0.05, i.e. |tanh(αx)| > √0.95, not |tanh(αx)| > 0.05",
    },
  ],
};
