import { sigmoid as logistic } from "../../numerics/logistic";
import type { Exercise } from "../types";

export const swishBetaGradientExercise: Exercise = {
  id: "swish-beta-gradient",
  kind: "function",
  notebook: "04-smooth-gates",
  title: "The gradient that trains β",
  statement:
    "To learn β by gradient descent, a layer needs ∂f/∂β of f(x; β) = x·σ(βx), with x held fixed. Derive it and implement it as a function of x and β. *Hint:* σ′(u) = σ(u)(1 − σ(u)).",
  thinking: "derive",
  difficulty: 2,
  minutes: 8,
  forbids: ["activation", "swishBetaDerivative", "swishBetaGradient", "learnableSwishGradients"],
  placeAfter: "## Learning β",
  points: 2,
  starter: "function betaGradient(x: number, beta: number): number",
  // BEGIN SOLUTION
  reference: (x: number, beta: number): number => {
    const gate = logistic(beta * x);
    return x * x * gate * (1 - gate); // x · σ′(βx) · ∂(βx)/∂β, and ∂(βx)/∂β = x
  },
  // END SOLUTION
  publicCases: [
    [1, 1],
    [-2, 0.5],
    [0.5, 3],
    [3, 1.5],
    [-1, 0],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [0.8125, 2.75],
    [-3.375, 0.625],
    [6.25, 1.1875],
    [-0.4375, 8.5],
  ],
  // END HIDDEN
  mistakes: [
    {
      name: "the leading x dropped: x·σ(βx)(1 − σ(βx))",
      answer: (x: number, beta: number) => x * logistic(beta * x) * (1 - logistic(beta * x)),
      hint: "two factors of x: the chain rule through βx brings out ∂(βx)/∂β = x, and f itself starts with x·…; so x²·σ(βx)(1 − σ(βx))",
    },
    {
      name: "chain factor β instead of x: βx·σ(βx)(1 − σ(βx))",
      answer: (x: number, beta: number) => beta * x * logistic(beta * x) * (1 - logistic(beta * x)),
      hint: "differentiating in β, the inner derivative is ∂(βx)/∂β = x, not β (β is the factor of ∂/∂x)",
    },
    {
      name: "∂f/∂x instead of ∂f/∂β",
      answer: (x: number, beta: number) =>
        logistic(beta * x) + beta * x * logistic(beta * x) * (1 - logistic(beta * x)),
      hint: "that is ∂f/∂x, the slope in the input; β is the variable here and x is a constant, so no product rule term σ(βx) appears",
    },
    {
      name: "σ′ taken as σ: x²·σ(βx)",
      answer: (x: number, beta: number) => x * x * logistic(beta * x),
      hint: "the derivative of σ(u) is σ(u)(1 − σ(u)), not σ(u) (that is eᵘ's rule)",
    },
  ],
};
