import type { Exercise } from "../types";

export const reluLrSpikePredict: Exercise = {
  id: "relu-lr-spike-predict",
  kind: "choice",
  notebook: "03-relu-family",
  title: "One step with a learning-rate spike",
  statement:
    "The ReLU network above (2 → 32 → 32 → 1, seed 1) is trained on the two moons with plain SGD at a sane learning rate, 0.3, for 20 epochs: none of its 64 hidden units is dead. Then a single full-batch step is taken at learning rate 30, a hundred times larger (a spike, as a bad schedule or a bad batch can cause). What fraction of the 64 hidden units is dead right after that one step (ReLU′(z) = 0 on all 200 points)? Commit to a letter before running the cell after the check.",
  thinking: "predict",
  difficulty: 2,
  minutes: 4,
  points: 1,
  starter: 'const spikePrediction = (): string => "…"',
  options: {
    A: "0%: one step cannot kill a unit; dying takes many steps",
    B: "between 5% and 50%: the step pushes some units below 0 on every point, not most",
    C: "more than 90%: a hundredfold step kills nearly every unit",
    D: "exactly 50%: a ReLU layer is always half off",
  },
  // BEGIN SOLUTION
  reference: "B", // measured in notebook 03: 4 of 32 first-layer and 6 of 32 second-layer units, 16%
  // END SOLUTION
  placeAfter: "shifted.layers[0].bias.fill(shift)",
  publicCases: [],
  mistakes: [
    {
      name: "dying needs many steps",
      answer: "A",
      hint: "a unit dies as soon as its pre-activation is ≤ 0 on every input; one step of size 30 × the gradient moves biases and weights far enough for that, as the bias shift above did",
    },
    {
      name: "a big step kills everything",
      answer: "C",
      hint: "the step moves every unit by learning rate × its own gradient; units whose gradient is small or points the other way survive, so the damage is partial",
    },
    {
      name: "sparsity taken for death",
      answer: "D",
      hint: "half a layer's outputs being 0 is sparsity (each unit off on some inputs); dead means off on every input, which is a different count",
    },
  ],
};
