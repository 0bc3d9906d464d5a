import { defineActivation } from "./types";

const f = (x: number): number => Math.min(Math.max(0, x), 6);
const df = (x: number): number => (x > 0 && x < 6 ? 1 : Number.isNaN(x) ? NaN : 0);

export const relu6 = defineActivation({
  name: "relu6",
  summary: "ReLU capped at 6, so activations fit low-precision fixed-point formats.",
  params: {},
  f,
  df,
  forwardInto: (input, out) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i]);
  },
  backwardInto: (input, gradOutput, out) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i]) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: () => String.raw`\min(\max(0, x), 6)`,
  derivativeLatex: () => String.raw`\begin{cases} 1 & 0 < x < 6 \\ 0 & \text{otherwise} \end{cases}`,
  kinks: () => [0, 6],
  kinkConvention: "df = 0 at both x = 0 and x = 6, as PyTorch's hardtanh_backward (gradient only strictly inside).",
  facts: {
    notebook: "notebooks/03-relu-family.ipynb",
    source: "Krizhevsky 2010; Howard et al. 2017 (MobileNets)",
    torch: "torch.nn.functional.relu6",
  },
});
