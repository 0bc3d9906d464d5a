import { shrinkDerivative, shrinkDerivativeLatex, shrinkKinks, shrinkParams, type ShrinkParams } from "./shrink";
import { defineActivation } from "./types";

const f = (x: number, { lambd }: ShrinkParams): number =>
  x > lambd ? x - lambd : x < -lambd ? x + lambd : Number.isNaN(x) ? NaN : 0;
const df = shrinkDerivative;

export const softshrink = defineActivation({
  name: "softshrink",
  summary: "Soft thresholding: moves x toward 0 by λ and zeroes |x| ≤ λ (the proximal map of λ|x|).",
  params: shrinkParams,
  f,
  df,
  forwardInto: (input, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i], params);
  },
  backwardInto: (input, gradOutput, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i], params) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: ({ lambd }) =>
    String.raw`\begin{cases} x - ${lambd} & x > ${lambd} \\ x + ${lambd} & x < -${lambd} \\ 0 & \text{otherwise} \end{cases}`,
  derivativeLatex: shrinkDerivativeLatex,
  kinks: shrinkKinks,
  kinkConvention: "df = 0 at x = ±λ, as PyTorch's softshrink_backward.",
  facts: {
    notebook: "notebooks/04-smooth-gates.ipynb",
    source: "Donoho 1995",
    torch: "torch.nn.functional.softshrink",
  },
});
