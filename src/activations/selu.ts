import { defineActivation } from "./types";

/* eslint-disable no-loss-of-precision -- constants are written with the digits their source publishes */
/**
 * Klambauer et al. 2017, eq. (14): the α and λ that make mean 0, variance 1 a fixed point
 * under N(0, 1) inputs, to full double precision (the values PyTorch hard-codes).
 */
export const SELU_ALPHA = 1.6732632423543772848170429916717;
export const SELU_SCALE = 1.0507009873554804934193349852946;

const f = (x: number): number => SELU_SCALE * (x > 0 ? x : SELU_ALPHA * Math.expm1(x));
const df = (x: number): number => SELU_SCALE * (x > 0 ? 1 : SELU_ALPHA * Math.exp(x));

export const selu = defineActivation({
  name: "selu",
  summary: "Scaled ELU whose constants make activations self-normalising (mean 0, variance 1).",
  params: {},
  f,
  df,
  forwardInto: (input, out) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i]);
  },
  backwardInto: (input, gradOutput, out) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i]) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: () =>
    String.raw`\lambda \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases},\ \lambda \approx 1.0507,\ \alpha \approx 1.6733`,
  derivativeLatex: () => String.raw`\lambda \begin{cases} 1 & x > 0 \\ \alpha\,e^{x} & x \le 0 \end{cases}`,
  kinks: () => [0],
  kinkConvention: "df(0) = λα (the left derivative), as PyTorch's elu_backward with SELU's constants.",
  facts: {
    notebook: "notebooks/03-relu-family.ipynb",
    source: "Klambauer, Unterthiner, Mayr & Hochreiter 2017",
    torch: "torch.nn.functional.selu",
  },
});
