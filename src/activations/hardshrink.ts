import { shrinkDerivative, shrinkDerivativeLatex, shrinkKinks, shrinkParams, type ShrinkParams } from "./shrink";
import { defineActivation } from "./types";

const f = (x: number, { lambd }: ShrinkParams): number => (x > lambd || x < -lambd ? x : Number.isNaN(x) ? NaN : 0);
const df = shrinkDerivative;

export const hardshrink = defineActivation({
  name: "hardshrink",
  summary: "Hard thresholding: keeps x where |x| > λ, zeroes the rest.",
  params: shrinkParams,
  f,
  df,
  forwardInto: (input, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i], params);
  },
  backwardInto: (input, gradOutput, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i], params) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: ({ lambd }) => String.raw`\begin{cases} x & |x| > ${lambd} \\ 0 & |x| \le ${lambd} \end{cases}`,
  derivativeLatex: shrinkDerivativeLatex,
  kinks: shrinkKinks,
  kinkConvention: "df = 0 at x = ±λ (and f jumps there), as PyTorch's hardshrink_backward.",
  facts: {
    notebook: "notebooks/04-smooth-gates.ipynb",
    source: "Donoho & Johnstone 1994",
    torch: "torch.nn.functional.hardshrink",
  },
});
