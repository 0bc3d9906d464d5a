import { defineActivation } from "./types";

export const softshrink = defineActivation<{ lambd: number }>({
  name: "softshrink",
  summary: "Soft thresholding: moves x toward 0 by λ and zeroes |x| ≤ λ (the proximal map of λ|x|).",
  params: { lambd: { kind: "number", default: 0.5, description: "threshold λ ≥ 0", min: 0 } },
  f: (x, { lambd }) => (x > lambd ? x - lambd : x < -lambd ? x + lambd : Number.isNaN(x) ? NaN : 0),
  df: (x, { lambd }) => (x > lambd || x < -lambd ? 1 : Number.isNaN(x) ? NaN : 0),
  latex: ({ lambd }) =>
    String.raw`\begin{cases} x - ${lambd} & x > ${lambd} \\ x + ${lambd} & x < -${lambd} \\ 0 & \text{otherwise} \end{cases}`,
  derivativeLatex: ({ lambd }) => String.raw`\begin{cases} 1 & |x| > ${lambd} \\ 0 & |x| \le ${lambd} \end{cases}`,
  kinks: ({ lambd }) => [-lambd, lambd],
  kinkConvention: "df = 0 at x = ±λ, as PyTorch's softshrink_backward.",
  facts: { source: "Donoho 1995", torch: "torch.nn.functional.softshrink" },
});
