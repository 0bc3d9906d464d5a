import { log1pExp, sigmoid } from "../numerics/logistic";
import { defineActivation } from "./types";

export const mish = defineActivation({
  name: "mish",
  summary: "x·tanh(softplus(x)): a smooth, non-monotonic gate similar to Swish.",
  params: {},
  f: (x) => x * Math.tanh(log1pExp(x)),
  // Product and chain rule: tanh(sp) + x·sech²(sp)·sp', with sp' = σ(x).
  df: (x) => {
    const t = Math.tanh(log1pExp(x));
    return t + x * (1 - t * t) * sigmoid(x);
  },
  latex: () => String.raw`x \tanh\!\left(\log(1 + e^{x})\right)`,
  derivativeLatex: () =>
    String.raw`\tanh(\operatorname{sp}(x)) + x\,\operatorname{sech}^2(\operatorname{sp}(x))\,\sigma(x),\ \operatorname{sp}(x) = \log(1 + e^x)`,
  expression: () => "x * tanh(log(1 + exp(x)))",
  facts: { source: "Misra 2019", torch: "torch.nn.functional.mish" },
});
