import type { Exercise } from "../types";

export const linearityBottleneckRank: Exercise = {
  id: "linearity-bottleneck-rank",
  kind: "numeric",
  notebook: "01-linearity",
  title: "The rank of a deep linear network with a bottleneck",
  statement:
    "A network without activations has layer widths 784 → 256 → 32 → 256 → 784, with random (full-rank) weights. Its end-to-end map is one 784×784 matrix W′. What is the rank of W′?",
  thinking: "predict",
  difficulty: 1,
  minutes: 3,
  points: 1,
  starter: "const bottleneckRank = (): number => …",
  // BEGIN SOLUTION
  reference: 32,
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "full rank 784",
      answer: 784,
      hint: "W′ = W₄W₃W₂W₁ and rank(AB) ≤ min(rank A, rank B): every vector passes through the 32-wide layer, so the image has at most 32 dimensions",
    },
    {
      name: "the widest hidden layer",
      answer: 256,
      hint: "the narrowest layer bounds the rank, not the widest: rank(AB) ≤ min(rank A, rank B) along the whole chain",
    },
    {
      name: "the number of layers",
      answer: 4,
      hint: "depth does not count: the rank is the dimension of the image, limited by the narrowest width the signal passes through",
    },
  ],
};
