import { normalCdf, normalPdf } from "../numerics/normal";
import { defineActivation } from "./types";

/** √(2/π) and 0.044715 from Hendrycks & Gimpel 2016, §2 (the tanh approximation of Φ). */
export const GELU_TANH_SCALE = Math.sqrt(2 / Math.PI);
export const GELU_TANH_CUBIC = 0.044715;

function geluTanh(x: number): number {
  const inner = GELU_TANH_SCALE * (x + GELU_TANH_CUBIC * x * x * x);
  return 0.5 * x * (1 + Math.tanh(inner));
}

// d/dx ½x(1 + tanh u) = ½(1 + tanh u) + ½x(1 − tanh²u)·u', with u' = √(2/π)(1 + 3·0.044715x²).
function geluTanhDerivative(x: number): number {
  const inner = GELU_TANH_SCALE * (x + GELU_TANH_CUBIC * x * x * x);
  const t = Math.tanh(inner);
  const innerSlope = GELU_TANH_SCALE * (1 + 3 * GELU_TANH_CUBIC * x * x);
  return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * innerSlope;
}

type Params = { approximate: "none" | "tanh" };

const f = (x: number, { approximate }: Params): number => (approximate === "tanh" ? geluTanh(x) : x * normalCdf(x));
// Product rule on x·Φ(x): Φ(x) + x·φ(x).
const df = (x: number, { approximate }: Params): number =>
  approximate === "tanh" ? geluTanhDerivative(x) : normalCdf(x) + x * normalPdf(x);

export const gelu = defineActivation({
  name: "gelu",
  summary: "Gaussian error linear unit x·Φ(x): the input weighted by the probability a standard normal is below it.",
  params: {
    approximate: {
      kind: "choice",
      default: "none",
      choices: ["none", "tanh"],
      description: '"none" = exact erf form; "tanh" = the tanh approximation',
    },
  },
  f,
  df,
  forwardInto: (input, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = f(input[i], params);
  },
  backwardInto: (input, gradOutput, out, params) => {
    for (let i = 0; i < input.length; i++) out[i] = df(input[i], params) * (gradOutput ? gradOutput[i] : 1);
  },
  latex: ({ approximate }) =>
    approximate === "tanh"
      ? String.raw`\tfrac{1}{2} x \left(1 + \tanh\!\left(\sqrt{2/\pi}\,(x + 0.044715\,x^3)\right)\right)`
      : String.raw`x\,\Phi(x) = \tfrac{1}{2} x \left(1 + \operatorname{erf}(x/\sqrt{2})\right)`,
  derivativeLatex: ({ approximate }) =>
    approximate === "tanh"
      ? String.raw`\tfrac{1}{2}(1 + t) + \tfrac{1}{2} x (1 - t^2)\sqrt{2/\pi}\,(1 + 3 \cdot 0.044715\,x^2),\ t = \tanh\!\left(\sqrt{2/\pi}(x + 0.044715 x^3)\right)`
      : String.raw`\Phi(x) + x\,\varphi(x)`,
  // mathjs can evaluate erf but not differentiate it, so the symbolic side covers the tanh form only.
  expression: ({ approximate }) =>
    approximate === "tanh"
      ? "0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))"
      : "x * (1 + erf(x / sqrt(2))) / 2",
  facts: {
    notebook: "notebooks/04-smooth-gates.ipynb",
    source: "Hendrycks & Gimpel 2016",
    torch: "torch.nn.functional.gelu",
  },
});
