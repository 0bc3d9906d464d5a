import type { Exercise } from "../types";
// BEGIN HIDDEN
import { sampleScalars } from "../sampleScalars";
// END HIDDEN

/** dh_L/dh₀ for h_k = tanh(w·h_{k−1}), with the usual slips switchable as data. */
const chainWith =
  (changes: Readonly<Record<string, number | string | boolean>> = {}) =>
  (h0: number, w: number, layers: number): number => {
    let h = h0;
    let gradient = 1;
    for (let k = 0; k < layers; k++) {
      const next = Math.tanh(w * h);
      const slopeAt = changes.slopeAtInput ? 1 - h * h : 1 - next * next;
      gradient *= changes.weightForgotten ? slopeAt : w * slopeAt;
      h = next;
    }
    return gradient;
  };

export const tanhChain: Exercise = {
  id: "gradients-tanh-chain",
  kind: "function",
  notebook: "08-gradients-depth",
  title: "Backprop through a chain of tanh units, by hand",
  statement:
    "A chain of L scalar units computes h_k = tanh(w·h_(k−1)) for k = 1 … L. Implement dh_L/dh₀ as a function of h₀, w and L: the product of the L one-by-one Jacobians, each evaluated at its own point. `numericGradient` and `centralDifference` are off limits.",
  thinking: "implement",
  difficulty: 2,
  minutes: 10,
  forbids: ["numericGradient", "centralDifference", "numericJacobian", "checkDerivative"],
  placeAfter: 'check("gradients-jacobian-shape"',
  points: 2,
  starter: "function chainGradient(h0: number, w: number, layers: number): number",
  // BEGIN SOLUTION
  reference: chainWith(),
  // END SOLUTION
  publicCases: [
    [0.5, 1.5, 1],
    [0.5, 1.5, 3],
    [-1, 0.8, 5],
    [2, 2, 4],
    [0.1, -1.2, 6],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [0.3125, 1.125, 7],
    [-0.75, 2.5, 3],
    ...sampleScalars(9_120_037, 4, -2, 2).map(([h0], i) => [h0, 0.5 + 0.25 * i, 2 + i]),
  ],
  // END HIDDEN
  tolerance: { absolute: 1e-12, relative: 1e-9 },
  variant: chainWith,
  mistakes: [
    {
      name: "tanh′ evaluated at the unit's input h_(k−1), not at w·h_(k−1)",
      answer: chainWith({ slopeAtInput: true }),
      changes: { slopeAtInput: true },
      hint: "each factor is w·tanh′(w·h_(k−1)) = w·(1 − h_k²): the slope at the unit's own pre-activation, which is where its output h_k comes from",
    },
    {
      name: "the weight left out of each factor",
      answer: chainWith({ weightForgotten: true }),
      changes: { weightForgotten: true },
      hint: "the chain rule through tanh(w·h) brings out w in every factor: d h_k/d h_(k−1) = w·(1 − h_k²)",
    },
    {
      name: "w^L, the slopes forgotten",
      answer: (h0: number, w: number, layers: number) => w ** layers,
      hint: "w^L is the linear chain's gradient; each tanh also multiplies by its slope 1 − h_k² ≤ 1, which is where the vanishing comes from",
    },
  ],
};
