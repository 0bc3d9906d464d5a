import { defineActivation } from "./types";

const f = (x: number): number => Math.max(0, x);
const df = (x: number): number => (x > 0 ? 1 : x <= 0 ? 0 : NaN);
const HALF_MAX_VALUE = Number.MAX_VALUE / 2;

export const relu = defineActivation({
  name: "relu",
  summary: "Rectified linear unit: passes positive inputs, zeroes the rest.",
  params: {},
  f,
  df,
  // Without branches on the sign: with inputs of random sign the CPU mispredicts half of f's branches,
  // which made the loop ~5× slower than a copy. (x + |x|)/2 is exactly max(0, x) (−0 → +0 too) while 2x
  // cannot overflow, and +(x > 0) is df for every x but NaN; the rare rest goes through f and df.
  forwardInto: (input, out) => {
    for (let i = 0; i < input.length; i++) {
      const x = input[i];
      out[i] = Math.abs(x) <= HALF_MAX_VALUE ? (x + Math.abs(x)) * 0.5 : f(x);
    }
  },
  backwardInto: (input, gradOutput, out) => {
    for (let i = 0; i < input.length; i++) {
      const x = input[i];
      out[i] = (Number.isNaN(x) ? df(x) : +(x > 0)) * (gradOutput ? gradOutput[i] : 1);
    }
  },
  latex: () => String.raw`\max(0, x)`,
  derivativeLatex: () => String.raw`\begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}`,
  kinks: () => [0],
  kinkConvention: "relu'(0) = 0, the subgradient PyTorch's threshold_backward uses (gradient flows only where x > 0).",
  facts: {
    notebook: "notebooks/03-relu-family.ipynb",
    source: "Nair & Hinton 2010; Glorot, Bordes & Bengio 2011",
    torch: "torch.nn.functional.relu",
  },
});
