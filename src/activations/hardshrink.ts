import { defineActivation } from "./types";

export const hardshrink = defineActivation<{ lambd: number }>({
  name: "hardshrink",
  summary: "Hard thresholding: keeps x where |x| > λ, zeroes the rest.",
  params: { lambd: { kind: "number", default: 0.5, description: "threshold λ ≥ 0", min: 0 } },
  f: (x, { lambd }) => (x > lambd || x < -lambd ? x : Number.isNaN(x) ? NaN : 0),
  df: (x, { lambd }) => (x > lambd || x < -lambd ? 1 : Number.isNaN(x) ? NaN : 0),
  latex: ({ lambd }) => String.raw`\begin{cases} x & |x| > ${lambd} \\ 0 & |x| \le ${lambd} \end{cases}`,
  derivativeLatex: ({ lambd }) => String.raw`\begin{cases} 1 & |x| > ${lambd} \\ 0 & |x| \le ${lambd} \end{cases}`,
  kinks: ({ lambd }) => [-lambd, lambd],
  kinkConvention: "df = 0 at x = ±λ (and f jumps there), as PyTorch's hardshrink_backward.",
  facts: { source: "Donoho & Johnstone 1994", torch: "torch.nn.functional.hardshrink" },
});
