import { defineActivation } from "./types";

const f = (x: number): number => x;
const df = (x: number): number => (Number.isNaN(x) ? NaN : 1);

export const identity = defineActivation({
  name: "identity",
  summary: "No activation: the linear baseline every other function is compared with.",
  params: {},
  f,
  df,
  // f(x) = x: a copy, which TypedArray.set does at memory speed (and does nothing when out is input).
  forwardInto: (input, out) => out.set(input),
  backwardInto: (input, gradOutput, out) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i]) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: () => "x",
  derivativeLatex: () => "1",
  expression: () => "x",
  facts: { notebook: "notebooks/01-linearity.ipynb", source: "—", torch: "torch.nn.Identity" },
});
