import type { Exercise } from "../types";

export const reluDeadChoice: Exercise = {
  id: "relu-dead-choice",
  kind: "choice",
  notebook: "03-relu-family",
  title: "Sparse or dead?",
  statement:
    "A ReLU unit outputs 0 on 60% of the training examples and a positive value on the other 40%. Which statement is true? Answer with the letter.",
  thinking: "choose",
  difficulty: 1,
  minutes: 3,
  points: 1,
  starter: 'const reluDeadChoice = (): string => "…"',
  options: {
    A: "It is a dead neuron: its weights get no gradient any more.",
    B: "It is sparse, not dead: its weights get gradient from the 40% of examples where it is active.",
    C: "It gets gradient from all examples, because ReLU′(0) = 1.",
    D: "It is dead on 60% of the examples, so its weights learn 60% slower than a linear unit's, with no other effect.",
  },
  // BEGIN SOLUTION
  reference: "B",
  // END SOLUTION
  publicCases: [],
  mistakes: [
    {
      name: "zero output means dead (seed notes 000, 004, 002)",
      answer: "A",
      hint: "an output of 0 on some inputs is sparsity; a unit is dead only when its pre-activation is ≤ 0 on EVERY input, so that ∂L/∂w = Σ ReLU′(z)·δ·x is 0 for all of them",
    },
    {
      name: "ReLU′(0) = 1",
      answer: "C",
      hint: "ReLU′(z) = 0 for z < 0 (and PyTorch uses 0 at z = 0 too), so the inactive examples contribute nothing to ∂L/∂w",
    },
    {
      name: "sparse read as 60% slower learning",
      answer: "D",
      hint: "'dead' means no gradient on every example; this unit is active on 40%, and which examples pass gradient changes its direction, not only its speed",
    },
  ],
};
