import { defineActivation } from "./types";

type Params = { lambd: number };

const f = (x: number, { lambd }: Params): number => (x > lambd || x < -lambd ? x : Number.isNaN(x) ? NaN : 0);
const df = (x: number, { lambd }: Params): number => (x > lambd || x < -lambd ? 1 : Number.isNaN(x) ? NaN : 0);

export const hardshrink = defineActivation({
  name: "hardshrink",
  summary: "Hard thresholding: keeps x where |x| > λ, zeroes the rest.",
  params: { lambd: { kind: "number", default: 0.5, description: "threshold λ ≥ 0", min: 0 } },
  f,
  df,
  forwardInto: (input, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i], params);
  },
  backwardInto: (input, gradOutput, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i], params) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: ({ lambd }) => String.raw`\begin{cases} x & |x| > ${lambd} \\ 0 & |x| \le ${lambd} \end{cases}`,
  derivativeLatex: ({ lambd }) => String.raw`\begin{cases} 1 & |x| > ${lambd} \\ 0 & |x| \le ${lambd} \end{cases}`,
  kinks: ({ lambd }) => [-lambd, lambd],
  kinkConvention: "df = 0 at x = ±λ (and f jumps there), as PyTorch's hardshrink_backward.",
  facts: { source: "Donoho & Johnstone 1994", torch: "torch.nn.functional.hardshrink" },
});
