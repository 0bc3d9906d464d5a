import { defineActivation } from "./types";

const f = (x: number): number => (x * Math.min(Math.max(0, x + 3), 6)) / 6;
// On (−3, 3): d/dx x(x + 3)/6 = (2x + 3)/6 = x/3 + 1/2.
const df = (x: number): number => (x < -3 ? 0 : x <= 3 ? x / 3 + 0.5 : x > 3 ? 1 : NaN);

export const hardswish = defineActivation({
  name: "hardswish",
  summary: "x·relu6(x + 3)/6: a piecewise-quadratic Swish without exponentials.",
  params: {},
  f,
  df,
  forwardInto: (input, out) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i]);
  },
  backwardInto: (input, gradOutput, out) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i]) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: () => String.raw`x\,\frac{\operatorname{ReLU6}(x + 3)}{6}`,
  derivativeLatex: () => String.raw`\begin{cases} 0 & x < -3 \\ x/3 + 1/2 & -3 \le x \le 3 \\ 1 & x > 3 \end{cases}`,
  kinks: () => [-3, 3],
  // Measured with torch 1.13 (scripts/torch_reference.py): the scalar CPU kernel gives 3/2 at x = 3,
  // the vectorised one, used for longer tensors, gives 1 there; both give −1/2 at x = −3.
  kinkConvention:
    "At x = −3 df = −1/2 and at x = 3 df = 3/2 (the middle branch), as PyTorch's scalar hardswish_backward; its vectorised CPU path returns 1 at x = 3.",
  facts: {
    notebook: "notebooks/04-smooth-gates.ipynb",
    source: "Howard et al. 2019 (MobileNetV3)",
    torch: "torch.nn.functional.hardswish",
  },
});
