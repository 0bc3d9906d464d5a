import { defineActivation } from "./types";

export const relu6 = defineActivation({
  name: "relu6",
  summary: "ReLU capped at 6, so activations fit low-precision fixed-point formats.",
  params: {},
  f: (x) => Math.min(Math.max(0, x), 6),
  df: (x) => (x > 0 && x < 6 ? 1 : Number.isNaN(x) ? NaN : 0),
  latex: () => String.raw`\min(\max(0, x), 6)`,
  derivativeLatex: () => String.raw`\begin{cases} 1 & 0 < x < 6 \\ 0 & \text{otherwise} \end{cases}`,
  kinks: () => [0, 6],
  kinkConvention: "df = 0 at both x = 0 and x = 6, as PyTorch's hardtanh_backward (gradient only strictly inside).",
  facts: { source: "Krizhevsky 2010; Howard et al. 2017 (MobileNets)", torch: "torch.nn.functional.relu6" },
});
