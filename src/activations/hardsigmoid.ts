import { defineActivation } from "./types";

const f = (x: number): number => Math.min(Math.max(0, x + 3), 6) / 6;
const df = (x: number): number => (x > -3 && x < 3 ? 1 / 6 : Number.isNaN(x) ? NaN : 0);

export const hardsigmoid = defineActivation({
  name: "hardsigmoid",
  summary: "relu6(x + 3)/6: a piecewise-linear sigmoid, cheap on mobile hardware.",
  params: {},
  f,
  df,
  forwardInto: (input, out) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i]);
  },
  backwardInto: (input, gradOutput, out) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i]) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: () => String.raw`\frac{\operatorname{ReLU6}(x + 3)}{6}`,
  derivativeLatex: () => String.raw`\begin{cases} 1/6 & -3 < x < 3 \\ 0 & \text{otherwise} \end{cases}`,
  kinks: () => [-3, 3],
  kinkConvention: "df = 0 at x = ±3, as PyTorch's hardsigmoid_backward (gradient only strictly inside).",
  facts: {
    notebook: "notebooks/04-smooth-gates.ipynb",
    source: "Howard et al. 2019 (MobileNetV3)",
    torch: "torch.nn.functional.hardsigmoid",
  },
});
