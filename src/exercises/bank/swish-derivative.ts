import { sigmoid as logistic } from "../../numerics/logistic";
import type { Exercise } from "../types";

export const swishDerivative: Exercise = {
  id: "swish-derivative",
  kind: "function",
  notebook: "04-smooth-gates",
  title: "The derivative of Swish with β",
  statement: "Implement d/dx [x·σ(βx)] as a function of x and β.",
  thinking: "derive",
  difficulty: 2,
  minutes: 8,
  forbids: ["activation"],
  // The notebook plots this curve, so a failing check draws the answer against it.
  curve: { range: [-5, 3], args: [1] },
  points: 2,
  starter: "function swishDerivative(x: number, beta: number): number",
  // BEGIN SOLUTION
  reference: (x: number, beta: number): number => {
    const gate = logistic(beta * x);
    return gate + beta * x * gate * (1 - gate);
  },
  // END SOLUTION
  publicCases: [
    [0, 1],
    [1, 1],
    [2, 0.5],
    [-1.5, 2],
    [-3, 1.7],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [0.6875, 3.25],
    [-4.125, 0.375],
    [7.5625, 1.125],
    [-0.1875, 10.5],
  ],
  // END HIDDEN
  mistakes: [
    {
      name: "swish + σ(βx)(1 − swish): β missing (seed note 003)",
      answer: (x: number, beta: number) => x * logistic(beta * x) + logistic(beta * x) * (1 - x * logistic(beta * x)),
      hint: "missing β: the chain rule on σ(βx) brings out a factor β, so swish′ = σ(βx) + βx·σ(βx)(1 − σ(βx)); the formula without β holds only for β = 1",
    },
    {
      name: "β·swish + σ(βx)(1 − σ(βx)) (seed note 004)",
      answer: (x: number, beta: number) =>
        beta * x * logistic(beta * x) + logistic(beta * x) * (1 - logistic(beta * x)),
      hint: "product rule on x·σ(βx): (x)′·σ(βx) + x·(σ(βx))′ = σ(βx) + βx·σ(βx)(1 − σ(βx)); the seed note's β·swish + σ(1 − σ) mixes the two terms up",
    },
    {
      name: "derivative of the gate only",
      answer: (x: number, beta: number) => beta * logistic(beta * x) * (1 - logistic(beta * x)),
      hint: "that is the derivative of σ(βx) alone; x·σ(βx) is a product, so the product rule adds σ(βx)",
    },
  ],
};
