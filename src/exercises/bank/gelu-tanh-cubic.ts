import type { Exercise } from "../types";

const c = Math.sqrt(2 / Math.PI);

export const geluTanhCubic: Exercise = {
  id: "gelu-tanh-cubic",
  kind: "numeric",
  notebook: "04-smooth-gates",
  title: "The cubic coefficient, by Taylor matching",
  statement:
    "Now take the gate ½(1 + tanh(c·(x + a·x³))) with c = √(2/π) and choose a so that its x³ term equals Φ's. Use Φ(x) = ½ + (x − x³/6)/√(2π) + O(x⁵) and tanh u = u − u³/3 + O(u⁵). Give a to 4 significant digits, then compare it with the published 0.044715.",
  thinking: "derive",
  difficulty: 3,
  minutes: 15,
  placeAfter: "**Reveal (the scale).**",
  points: 2,
  starter: "const cubicCoefficient = (): number => …",
  // BEGIN SOLUTION
  reference: 2 / (3 * Math.PI) - 1 / 6, // c·a/2 − c³/6 = −1/(6√(2π)) = −c/12, so a = c²/3 − 1/6
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "the published 0.044715",
      answer: 0.044715,
      hint: "0.044715 is the published constant, but it is not what matching the x³ term gives: expand both sides and solve; the reveal after the check says where 0.044715 comes from",
    },
    {
      name: "Φ's x³ term left out: a = c²/3",
      answer: (c * c) / 3,
      hint: "the gate's x³ coefficient, c·a/2 − c³/6, must equal Φ's, which is −1/(6√(2π)), not 0",
    },
    {
      name: "tanh's u³/3 left out: a = −1/6",
      answer: -1 / 6,
      hint: "tanh u = u − u³/3 + …: with u = c·(x + a·x³), the u³ term adds −c³x³/3 inside, so −c³/6 after the ½",
    },
    {
      name: "c = √(π/2) (seed note 004)",
      answer: Math.PI / 6 - 1 / 6,
      hint: "the scale is c = √(2/π), so c² = 2/π (√(π/2) is the seed note's slip): a = c²/3 − 1/6",
    },
    {
      name: "Φ's cubic with a plus sign: a = c²/3 + 1/6",
      answer: (c * c) / 3 + 1 / 6,
      hint: "Φ(x) = ½ + (x − x³/6)/√(2π): the cubic term is negative (φ(x) = (1 − x²/2 + …)/√(2π), integrated)",
    },
  ],
};
