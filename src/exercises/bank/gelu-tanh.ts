import { activation } from "../../activations/activation";
import type { Exercise } from "../types";
// BEGIN HIDDEN
import { sampleScalars } from "../sampleScalars";
// END HIDDEN

// The tanh approximation with its parts as parameters, so the seed notes' variants (and any two of
// them at once) read as data: scale √(2/π), cubic 0.044715, the leading x, scale times the bracket.
interface GeluTanhParts {
  scale: number;
  cubic: number;
  leadingX: boolean;
  scaleOutsideBracket: boolean;
}
const correctParts: GeluTanhParts = {
  scale: Math.sqrt(2 / Math.PI),
  cubic: 0.044715,
  leadingX: true,
  scaleOutsideBracket: true,
};
const geluTanhWith =
  (changes: Readonly<Record<string, number | string | boolean>> = {}) =>
  (x: number): number => {
    const { scale, cubic, leadingX, scaleOutsideBracket } = { ...correctParts, ...changes } as GeluTanhParts;
    const inner = scaleOutsideBracket ? scale * (x + cubic * x ** 3) : scale + cubic * x ** 3;
    return 0.5 * (leadingX ? x : 1) * (1 + Math.tanh(inner));
  };

export const geluTanh: Exercise = {
  id: "gelu-tanh",
  kind: "function",
  notebook: "04-smooth-gates",
  title: "GELU's tanh approximation: choose the scale",
  statement:
    "Hendrycks & Gimpel (2016) replace the gate Φ(x) by ½(1 + tanh(c·(x + 0.044715x³))). Choose the scale c so that this gate has Φ's slope at 0 (Φ′(0) = φ(0) = 1/√(2π)), then implement the approximate GELU, x times that gate. Use no erf.",
  thinking: "implement",
  difficulty: 2,
  minutes: 8,
  forbids: ["activation", "erf", "normalCdf"],
  // The notebook plots this curve, so a failing check draws the answer against it.
  curve: { range: [-4, 3] },
  points: 2,
  starter: "function geluTanh(x: number): number",
  // BEGIN SOLUTION
  reference: geluTanhWith(),
  // END SOLUTION
  publicCases: [[0], [1], [-1], [3], [-2.5]],
  // BEGIN HIDDEN
  hiddenCases: [[0.8125], [-5.375], [11.5], ...sampleScalars(5_550_113, 8, -6, 6)],
  // END HIDDEN
  variant: geluTanhWith,
  mistakes: [
    {
      name: "√(π/2) instead of √(2/π) (seed note 004)",
      answer: geluTanhWith({ scale: Math.sqrt(Math.PI / 2) }),
      changes: { scale: Math.sqrt(Math.PI / 2) },
      hint: "c/2 = 1/√(2π) gives c = 2/√(2π) = √(2/π) ≈ 0.7979, not √(π/2) ≈ 1.2533 (one of the seed notes swaps them)",
    },
    {
      name: "√(2/π) + 0.044715x³ (seed note 002)",
      answer: geluTanhWith({ scaleOutsideBracket: false }),
      changes: { scaleOutsideBracket: false },
      hint: "the tanh argument is √(2/π)·(x + 0.044715x³): √(2/π) multiplies the bracket, and the bracket contains x itself",
    },
    {
      name: "missing the leading x (seed note 004)",
      answer: geluTanhWith({ leadingX: false }),
      changes: { leadingX: false },
      hint: "½(1 + tanh(…)) approximates Φ(x) only; GELU is x·Φ(x), so multiply by x",
    },
    {
      name: "c = φ(0): the ½ in front forgotten",
      answer: geluTanhWith({ scale: 1 / Math.sqrt(2 * Math.PI) }),
      changes: { scale: 1 / Math.sqrt(2 * Math.PI) },
      hint: "the gate's slope at 0 is ½·c·tanh′(0) = c/2 (the ½ in front counts): c/2 = 1/√(2π) gives c = √(2/π) ≈ 0.7979, not 1/√(2π)",
    },
    {
      name: "cubic coefficient 0.44715",
      answer: geluTanhWith({ cubic: 0.44715 }),
      changes: { cubic: 0.44715 },
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
