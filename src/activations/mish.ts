import { log1pExp, sigmoid } from "../numerics/logistic";
import { defineActivation } from "./types";

const f = (x: number): number => x * Math.tanh(log1pExp(x));
// Product and chain rule: tanh(sp) + x·sech²(sp)·sp', with sp' = σ(x).
const df = (x: number): number => {
  const t = Math.tanh(log1pExp(x));
  return t + x * (1 - t * t) * sigmoid(x);
};

export const mish = defineActivation({
  name: "mish",
  summary: "x·tanh(softplus(x)): a smooth, non-monotonic gate similar to Swish.",
  params: {},
  f,
  df,
  forwardInto: (input, out) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i]);
  },
  backwardInto: (input, gradOutput, out) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i]) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: () => String.raw`x \tanh\!\left(\log(1 + e^{x})\right)`,
  derivativeLatex: () =>
    String.raw`\tanh(\operatorname{sp}(x)) + x\,\operatorname{sech}^2(\operatorname{sp}(x))\,\sigma(x),\ \operatorname{sp}(x) = \log(1 + e^x)`,
  expression: () => "x * tanh(log(1 + exp(x)))",
  facts: { notebook: "notebooks/04-smooth-gates.ipynb", source: "Misra 2019", torch: "torch.nn.functional.mish" },
});
