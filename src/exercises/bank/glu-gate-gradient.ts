import { activation } from "../../activations/activation";
import { sigmoid } from "../../numerics/logistic";
import type { Exercise } from "../types";

const silu = activation("silu");

export const gluGateGradient: Exercise = {
  id: "glu-gate-gradient",
  kind: "function",
  notebook: "06-glu-ffn",
  title: "Backpropagation through a SwiGLU gate",
  statement:
    'One hidden unit of SwiGLU computes h = SiLU(a)·u, with a = (xW)ᵢ the gate pre-activation and u = (xV)ᵢ the value. Given a, u and the upstream gradient g = ∂L/∂h, return ∂L/∂a. You may use `activation("silu")` from actlab.',
  thinking: "derive",
  difficulty: 2,
  minutes: 6,
  forbids: ["gluBackward"],
  points: 2,
  starter: "function gateGradient(a: number, u: number, g: number): number",
  // BEGIN SOLUTION
  reference: (a: number, u: number, g: number): number => g * u * silu.df(a),
  // END SOLUTION
  publicCases: [
    [0, 1, 1],
    [2, -1.5, 1],
    [-3, 2, 0.5],
    [1, 3, -2],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [0.6875, -2.4375, 1.25],
    [-1.3125, 0.8125, -0.75],
    [40, 1, 1],
  ],
  // END HIDDEN
  mistakes: [
    {
      name: "forgot the value u",
      answer: (a: number, _u: number, g: number) => g * silu.df(a),
      hint: "h = SiLU(a)·u, so ∂h/∂a = SiLU′(a)·u: the value multiplies the gate's derivative",
    },
    {
      name: "∂L/∂u instead",
      answer: (a: number, _u: number, g: number) => g * silu.f(a),
      hint: "g·SiLU(a) is the gradient of the value branch, ∂L/∂u; the gate branch gets g·u·SiLU′(a)",
    },
    {
      name: "σ′ instead of SiLU′",
      answer: (a: number, u: number, g: number) => g * u * sigmoid(a) * (1 - sigmoid(a)),
      hint: "the gate is SiLU(a) = a·σ(a), so its derivative needs the product rule: SiLU′(a) = σ(a) + a·σ(a)(1 − σ(a))",
    },
    {
      name: "σ(a) as SiLU′",
      answer: (a: number, u: number, g: number) => g * u * sigmoid(a),
      hint: "σ(a) is only the first term of SiLU′(a) = σ(a) + a·σ(a)(1 − σ(a)) (product rule)",
    },
  ],
};
