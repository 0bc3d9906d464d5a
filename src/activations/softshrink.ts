import { defineActivation } from "./types";

type Params = { lambd: number };

const f = (x: number, { lambd }: Params): number =>
  x > lambd ? x - lambd : x < -lambd ? x + lambd : Number.isNaN(x) ? NaN : 0;
const df = (x: number, { lambd }: Params): number => (x > lambd || x < -lambd ? 1 : Number.isNaN(x) ? NaN : 0);

export const softshrink = defineActivation({
  name: "softshrink",
  summary: "Soft thresholding: moves x toward 0 by λ and zeroes |x| ≤ λ (the proximal map of λ|x|).",
  params: { lambd: { kind: "number", default: 0.5, description: "threshold λ ≥ 0", min: 0 } },
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
  derivativeLatex: ({ lambd }) => String.raw`\begin{cases} 1 & |x| > ${lambd} \\ 0 & |x| \le ${lambd} \end{cases}`,
  kinks: ({ lambd }) => [-lambd, lambd],
  kinkConvention: "df = 0 at x = ±λ, as PyTorch's softshrink_backward.",
  facts: { source: "Donoho 1995", torch: "torch.nn.functional.softshrink" },
});
