import { defineActivation } from "./types";

type Params = { min_val: number; max_val: number };

const f = (x: number, { min_val, max_val }: Params): number => (x < min_val ? min_val : x > max_val ? max_val : x);
const df = (x: number, { min_val, max_val }: Params): number =>
  x > min_val && x < max_val ? 1 : Number.isNaN(x) ? NaN : 0;

export const hardtanh = defineActivation({
  name: "hardtanh",
  summary: "Clamp to [min_val, max_val]: a piecewise-linear tanh.",
  params: {
    min_val: { kind: "number", default: -1, description: "lower clamp" },
    max_val: { kind: "number", default: 1, description: "upper clamp (must exceed min_val)" },
  },
  f,
  df,
  forwardInto: (input, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i], params);
  },
  backwardInto: (input, gradOutput, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i], params) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: ({ min_val, max_val }) => String.raw`\min(\max(${min_val}, x), ${max_val})`,
  derivativeLatex: ({ min_val, max_val }) =>
    String.raw`\begin{cases} 1 & ${min_val} < x < ${max_val} \\ 0 & \text{otherwise} \end{cases}`,
  kinks: ({ min_val, max_val }) => [min_val, max_val],
  kinkConvention: "df = 0 at both clamp points, as PyTorch's hardtanh_backward.",
  checkParams: ({ min_val, max_val }) =>
    min_val < max_val ? undefined : `min_val (${min_val}) must be less than max_val (${max_val})`,
  facts: {
    notebook: "notebooks/04-smooth-gates.ipynb",
    source: "Collobert 2004",
    torch: "torch.nn.functional.hardtanh",
  },
});
