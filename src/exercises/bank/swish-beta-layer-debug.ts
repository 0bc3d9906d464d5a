import { sigmoid as logistic } from "../../numerics/logistic";
import type { Exercise } from "../types";

const betaSlope = (z: number, beta: number) => z * z * logistic(beta * z) * (1 - logistic(beta * z));
const inputSlope = (z: number, beta: number) =>
  logistic(beta * z) + beta * z * logistic(beta * z) * (1 - logistic(beta * z));

export const swishBetaLayerDebug: Exercise = {
  id: "swish-beta-layer-debug",
  kind: "function",
  notebook: "04-smooth-gates",
  title: "Debug: a layer's ∂L/∂β that fails its gradient check",
  statement: [
    "One β is shared by every unit of a layer: aᵢ = zᵢ·σ(β·zᵢ) for each pre-activation zᵢ (all samples, all units, flattened).",
    "Given ∂L/∂aᵢ for each output, a colleague computes ∂L/∂β like this, and a central difference of the loss disagrees:",
    "",
    "```ts",
    "function layerBetaGradient(z: number[], gradWrtOutput: number[], beta: number): number {",
    "  let sum = 0;",
    "  for (let i = 0; i < z.length; i++) {",
    "    const gate = sigmoid(beta * z[i]);",
    "    const gradWrtPreActivation = gradWrtOutput[i] * (gate + beta * z[i] * gate * (1 - gate));",
    "    sum += gradWrtPreActivation * z[i] * z[i] * gate * (1 - gate);",
    "  }",
    "  return sum;",
    "}",
    "```",
    "",
    "Find the bug and return a fixed version.",
  ].join("\n"),
  thinking: "debug",
  difficulty: 2,
  minutes: 6,
  forbids: ["activation", "swishBetaDerivative", "swishBetaGradient", "learnableSwishGradients"],
  placeAfter: "**A layer's gradient.**",
  points: 2,
  starter: "function layerBetaGradient(z: number[], gradWrtOutput: number[], beta: number): number",
  // BEGIN SOLUTION
  reference: (z: number[], gradWrtOutput: number[], beta: number): number =>
    z.reduce((sum, zi, i) => sum + gradWrtOutput[i] * betaSlope(zi, beta), 0),
  // END SOLUTION
  publicCases: [
    [[1.5], [1], 1],
    [[-2, 0.5, 3], [0.2, -1, 0.5], 1],
    [[0.3, -0.7, 1.2, -2.5], [1, 1, 1, 1], 2],
    [[4, -1], [-0.5, 0.25], 0.5],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [[0.6875, -3.25, 1.5, 0.125, -0.5], [0.3, -0.2, 1.1, -0.7, 0.4], 1.375],
    [[-4.125, 2.75], [1.5, 0.5], 0.25],
    [[7.5], [-0.125], 3.5],
  ],
  // END HIDDEN
  mistakes: [
    {
      name: "the colleague's code unchanged: ∂L/∂z used for ∂L/∂a",
      answer: (z: number[], g: number[], beta: number) =>
        z.reduce((sum, zi, i) => sum + g[i] * inputSlope(zi, beta) * betaSlope(zi, beta), 0),
      hint: "β acts on each output aᵢ directly, so ∂L/∂β = Σ ∂L/∂aᵢ·∂aᵢ/∂β; multiplying by ∂aᵢ/∂zᵢ as well is the chain rule to zᵢ, a path β does not take",
    },
    {
      name: "a mean instead of a sum",
      answer: (z: number[], g: number[], beta: number) =>
        z.reduce((sum, zi, i) => sum + g[i] * betaSlope(zi, beta), 0) / z.length,
      hint: "a shared parameter collects the sum of its uses' gradients; any 1/n of a mean loss is already inside ∂L/∂aᵢ",
    },
    {
      name: "∂L/∂aᵢ left out",
      answer: (z: number[], _g: number[], beta: number) => z.reduce((sum, zi) => sum + betaSlope(zi, beta), 0),
      hint: "that is Σ ∂aᵢ/∂β, the gradient of Σ aᵢ; each term must be weighted by how the loss depends on that output, ∂L/∂aᵢ",
    },
    {
      name: "one factor of z: Σ gᵢ·zᵢσ(1 − σ)",
      answer: (z: number[], g: number[], beta: number) =>
        z.reduce((sum, zi, i) => sum + (g[i] * betaSlope(zi, beta)) / zi, 0),
      hint: "∂aᵢ/∂β = zᵢ²·σ(βzᵢ)(1 − σ(βzᵢ)): one zᵢ from the chain rule through βzᵢ, one from the leading zᵢ",
    },
  ],
};
