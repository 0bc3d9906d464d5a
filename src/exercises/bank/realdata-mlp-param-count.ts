import type { Exercise } from "../types";

export const realDataMlpParamCount: Exercise = {
  id: "realdata-mlp-param-count",
  kind: "function",
  notebook: "10-real-data",
  title: "The parameters of a one-hidden-layer MLP",
  statement:
    "An MLP maps `inputs` pixels to `hidden` units (weights and biases), then to `classes` logits (weights and biases). How many trainable numbers does it have? Return the count as a function of (inputs, hidden, classes).",
  thinking: "derive",
  difficulty: 1,
  minutes: 4,
  points: 1,
  starter: "function mlpParameterCount(inputs: number, hidden: number, classes: number): number",
  // BEGIN SOLUTION
  reference: (inputs: number, hidden: number, classes: number): number =>
    inputs * hidden + hidden + hidden * classes + classes,
  // END SOLUTION
  publicCases: [
    [784, 256, 10],
    [2, 16, 1],
    [3, 1, 4],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [1024, 100, 7],
    [5, 9, 3],
  ],
  // END HIDDEN
  mistakes: [
    {
      name: "weights only",
      answer: (inputs: number, hidden: number, classes: number) => inputs * hidden + hidden * classes,
      hint: "each layer also has one bias per output unit: add hidden + classes",
    },
    {
      name: "the first layer only",
      answer: (inputs: number, hidden: number) => inputs * hidden + hidden,
      hint: "the output layer has weights too: hidden·classes of them, plus classes biases",
    },
    {
      name: "biases per input",
      answer: (inputs: number, hidden: number, classes: number) => inputs * hidden + inputs + hidden * classes + hidden,
      hint: "a bias belongs to each output unit of a layer, not to each input: hidden biases, then classes biases",
    },
  ],
};
