import { normalCdf } from "../../numerics/normal";
import type { Exercise } from "../types";

// E[z⁺] = φ(0) = 1/√(2π) and E[(eᶻ − 1)·1{z ≤ 0}] = √e·Φ(−1) − ½ for z ~ N(0, 1).
const positivePart = 1 / Math.sqrt(2 * Math.PI);
const negativePart = Math.sqrt(Math.E) * normalCdf(-1) - 0.5;

export const seluAlpha: Exercise = {
  id: "relu-selu-alpha",
  kind: "numeric",
  notebook: "03-relu-family",
  title: "Derive SELU's α",
  statement:
    "SELU(z) = λ·z for z > 0 and λ·α(eᶻ − 1) for z ≤ 0 (Klambauer et al. 2017). Self-normalisation asks that z ~ N(0, 1) gives outputs of mean 0. Derive the α this requires (λ cancels), to 4 significant digits. `normalCdf` is imported; `activation` and `gaussianExpectation` are off limits. *Hint:* E[z·1{z > 0}] = φ(0), and complete the square in ∫eᶻφ(z)dz.",
  thinking: "derive",
  difficulty: 3,
  minutes: 20,
  forbids: ["activation", "gaussianExpectation"],
  placeAfter: 'check("elu-continuity-alpha"',
  points: 2,
  starter: "const seluAlpha = (): number => …",
  // BEGIN SOLUTION
  reference: positivePart / -negativePart,
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "ELU's default α = 1",
      answer: 1,
      hint: "α = 1 leaves a negative mean: E[z·1{z > 0}] = 0.3989 but E[(eᶻ − 1)·1{z ≤ 0}] = −0.2384, so α must be 0.3989/0.2384",
    },
    {
      name: "λ instead of α",
      answer: 1.0507009873554805,
      hint: "1.0507 is λ, which the variance condition fixes; the mean condition fixes α",
    },
    {
      name: "λα, the negative saturation value",
      answer: 1.0507009873554805 * 1.6732632423543772,
      hint: "λα ≈ 1.7581 is how far below 0 SELU saturates; the question asks for α alone",
    },
    {
      name: "eᶻ dropped on z ≤ 0 (as if eᶻ − 1 were −1)",
      answer: positivePart / 0.5,
      hint: "eᶻ − 1 is not −1 on z ≤ 0: E[eᶻ·1{z ≤ 0}] = √e·Φ(−1) ≈ 0.2616 (complete the square), so the negative part is −0.2384, not −½",
    },
  ],
};
