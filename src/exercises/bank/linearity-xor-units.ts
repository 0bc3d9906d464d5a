import type { Exercise } from "../types";

export const linearityXorUnits: Exercise = {
  id: "linearity-xor-units",
  kind: "numeric",
  notebook: "01-linearity",
  title: "How many ReLU units does XOR need?",
  statement:
    "A network with one hidden layer of k ReLU units computes ŷ = Σⱼ cⱼ·ReLU(wⱼ·x + bⱼ) + d for x ∈ ℝ². It must output XOR exactly on the four corners: (0, 0) ↦ 0, (1, 0) ↦ 1, (0, 1) ↦ 1, (1, 1) ↦ 0. What is the smallest k that can? Prove that fewer cannot. *Hint:* for one unit, write zᵢ = w·xᵢ + b at the corners and use z₀₀ + z₁₁ = z₁₀ + z₀₁.",
  thinking: "derive",
  difficulty: 3,
  minutes: 15,
  placeAfter: 'check("linearity-relu-pieces"',
  points: 2,
  starter: "const xorUnits = (): number => …",
  // BEGIN SOLUTION
  reference: 2, // one unit fails (its corner values obey z₀₀ + z₁₁ = z₁₀ + z₀₁); ReLU(x₁ + x₂) − 2·ReLU(x₁ + x₂ − 1) works
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "one bent unit is enough",
      answer: 1,
      hint: "with one unit, ŷ(0,0) = ŷ(1,1) forces ReLU(z₀₀) = ReLU(z₁₁) and ŷ(1,0) = ŷ(0,1) forces ReLU(z₁₀) = ReLU(z₀₁); with z₀₀ + z₁₁ = z₁₀ + z₀₁ every case ends in ŷ(0,0) = ŷ(1,0)",
    },
    {
      name: "no hidden unit (a linear model)",
      answer: 0,
      hint: "k = 0 leaves ŷ = d, a constant; even an affine ŷ = w·x + d cannot fit XOR, as the notebook shows",
    },
    {
      name: "one unit per corner",
      answer: 4,
      hint: "four units can fit any four values, but fewer suffice: try ReLU(x₁ + x₂) and ReLU(x₁ + x₂ − 1)",
    },
    {
      name: "one unit per 'true' corner plus one",
      answer: 3,
      hint: "two units are enough: ReLU(x₁ + x₂) − 2·ReLU(x₁ + x₂ − 1) gives 0, 1, 1, 0",
    },
  ],
};
