import { activation } from "../../activations/activation";
import type { Exercise } from "../types";
// BEGIN HIDDEN
import { sampleScalars } from "../sampleScalars";
// END HIDDEN

// The tanh approximation with its two constants as parameters, so the seed notes' variants read as data.
const geluTanhWith =
  (scale: number, cubic: number) =>
  (x: number): number =>
    0.5 * x * (1 + Math.tanh(scale * (x + cubic * x ** 3)));

export const geluTanh: Exercise = {
  id: "gelu-tanh",
  kind: "function",
  notebook: "04-smooth-gates",
  title: "GELU, tanh approximation",
  statement:
    "Implement the tanh approximation of GELU from Hendrycks & Gimpel (2016): ½x(1 + tanh(√(2/π)(x + 0.044715x³))).",
  points: 2,
  starter: "function geluTanh(x: number): number",
  // BEGIN SOLUTION
  reference: geluTanhWith(Math.sqrt(2 / Math.PI), 0.044715),
  // END SOLUTION
  publicCases: [[0], [1], [-1], [3], [-2.5]],
  // BEGIN HIDDEN
  hiddenCases: [[0.8125], [-5.375], [11.5], ...sampleScalars(5_550_113, 8, -6, 6)],
  // END HIDDEN
  mistakes: [
    {
      name: "√(π/2) instead of √(2/π) (seed note 004)",
      answer: geluTanhWith(Math.sqrt(Math.PI / 2), 0.044715),
      hint: "the scale is √(2/π) ≈ 0.7979, not √(π/2) ≈ 1.2533 (one of the seed notes swaps them)",
    },
    {
      name: "√(2/π) + 0.044715x³ (seed note 002)",
      answer: (x: number) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) + 0.044715 * x ** 3)),
      hint: "the tanh argument is √(2/π)·(x + 0.044715x³): √(2/π) multiplies the bracket, and the bracket contains x itself",
    },
    {
      name: "missing the leading x (seed note 004)",
      answer: (x: number) => 0.5 * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3))),
      hint: "½(1 + tanh(…)) approximates Φ(x) only; GELU is x·Φ(x), so multiply by x",
    },
    {
      name: "cubic coefficient 0.44715",
      answer: geluTanhWith(Math.sqrt(2 / Math.PI), 0.44715),
      hint: "the cubic coefficient is 0.044715 (two zeros after the point)",
    },
    {
      name: "exact erf form",
      answer: activation("gelu").f,
      hint: "that is the exact x·Φ(x) (erf form); this exercise asks for the tanh approximation",
    },
    {
      name: "sigmoid approximation x·σ(1.702x)",
      answer: activation("quick_gelu").f,
      hint: "that is the sigmoid approximation x·σ(1.702x) (quick_gelu); this exercise asks for the tanh approximation",
    },
  ],
};
