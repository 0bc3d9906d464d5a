import type { Exercise } from "../types";

/** (Wv) for a 2×2 W given row by row as [w11, w12, w21, w22]. */
const apply = (w: readonly number[], v: readonly number[]): number[] => [
  w[0] * v[0] + w[1] * v[1],
  w[2] * v[0] + w[3] * v[1],
];
const add = (...vectors: number[][]): number[] => [0, 1].map((i) => vectors.reduce((sum, v) => sum + v[i], 0));
/** The same matrix read column by column: the transpose. */
const transposed = (w: readonly number[]): number[] => [w[0], w[2], w[1], w[3]];

type Layers = [number[], number[], number[], number[], number[]];

export const linearityCollapsedBias: Exercise = {
  id: "linearity-collapsed-bias",
  kind: "function",
  notebook: "01-linearity",
  title: "The bias of three collapsed affine layers",
  statement:
    "Three affine layers y = W₃(W₂(W₁x + b₁) + b₂) + b₃ equal one layer W′x + b′. Given the 2×2 matrices W₂ and W₃ row by row ([w11, w12, w21, w22]) and the biases b₁, b₂, b₃, return b′ (a vector of 2). *Hint:* every bias is multiplied by all the layers after it.",
  thinking: "derive",
  difficulty: 2,
  minutes: 10,
  points: 2,
  starter: "function collapsedBias(w2: number[], w3: number[], b1: number[], b2: number[], b3: number[]): number[]",
  // BEGIN SOLUTION
  reference: (...[w2, w3, b1, b2, b3]: Layers): number[] => add(apply(w3, apply(w2, b1)), apply(w3, b2), b3),
  // END SOLUTION
  publicCases: [
    [
      [2, 0, 0, 3],
      [1, 0, 0, 1],
      [1, 1],
      [0, 0],
      [0, 0],
    ],
    [
      [1, 2, 3, 4],
      [0, 1, 1, 0],
      [1, -1],
      [2, 0.5],
      [-1, 3],
    ],
    [
      [0.5, -1, 2, 1],
      [1, 1, 0, 2],
      [0, 2],
      [1, 0],
      [0, 0],
    ],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [
      [1.5625, -0.2875, 0.6875, 2.125],
      [-1.0625, 0.4375, 3.25, 0.1875],
      [0.5625, -2.375],
      [1.3125, 4.0625],
      [-0.8125, 0.5625],
    ],
    [
      [0, 1, -1, 0],
      [2, 0, 0, -2],
      [3, 1],
      [-1, -1],
      [0.25, 0],
    ],
  ],
  // END HIDDEN
  mistakes: [
    {
      name: "the biases just add up",
      answer: (...[, , b1, b2, b3]: Layers) => add(b1, b2, b3),
      hint: "each bias passes through every later layer: b₁ is multiplied by W₂ and then W₃, b₂ by W₃, so b′ = W₃W₂b₁ + W₃b₂ + b₃",
    },
    {
      name: "W₂W₃ instead of W₃W₂",
      answer: (...[w2, w3, b1, b2, b3]: Layers) => add(apply(w2, apply(w3, b1)), apply(w3, b2), b3),
      hint: "W₂ acts on b₁ first, then W₃: W₃(W₂b₁). Matrix products do not commute, so the order matters",
    },
    {
      name: "b₁ skips W₃",
      answer: (...[w2, w3, b1, b2, b3]: Layers) => add(apply(w2, b1), apply(w3, b2), b3),
      hint: "W₂b₁ + b₂ is the input of the third layer, so it is all multiplied by W₃: the b₁ term is W₃W₂b₁",
    },
    {
      name: "matrices read column by column",
      answer: (...[w2, w3, b1, b2, b3]: Layers) =>
        add(apply(transposed(w3), apply(transposed(w2), b1)), apply(transposed(w3), b2), b3),
      hint: "[w11, w12, w21, w22] lists the matrix row by row, so (Wv)₁ = w11·v₁ + w12·v₂; you used the transpose",
    },
  ],
};
