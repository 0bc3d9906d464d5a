import type { Exercise } from "../types";

export const xavierUniformBound: Exercise = {
  id: "init-xavier-uniform-bound",
  kind: "numeric",
  notebook: "07-init-variance",
  title: "The bound of Xavier-uniform initialisation",
  statement:
    "A tanh layer with fan_in = 300 and fan_out = 100 is initialised with Xavier (Glorot) uniform, W ~ U(−a, a). What is a? (4 significant digits are checked.)",
  thinking: "derive",
  difficulty: 1,
  minutes: 4,
  points: 1,
  starter: "const xavierBound = (): number => …",
  // BEGIN SOLUTION
  reference: Math.sqrt(6 / (300 + 100)),
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "the normal's standard deviation",
      answer: Math.sqrt(2 / 400),
      hint: "√(2/(fan_in + fan_out)) is the standard deviation of Xavier-normal; U(−a, a) has variance a²/3, so a = √(6/(fan_in + fan_out))",
    },
    {
      name: "fan_in only",
      answer: Math.sqrt(6 / 300),
      hint: "Xavier averages the two fans: use fan_in + fan_out = 400",
    },
    {
      name: "a² instead of a",
      answer: 6 / 400,
      hint: "6/(fan_in + fan_out) is a²; take the square root",
    },
    {
      name: "the variance",
      answer: 2 / 400,
      hint: "2/(fan_in + fan_out) is the variance Var(W); the bound a satisfies a²/3 = Var(W)",
    },
  ],
};
