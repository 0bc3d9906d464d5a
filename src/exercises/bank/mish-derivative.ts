import { sigmoid } from "../../numerics/logistic";
import type { Exercise } from "../types";
// BEGIN HIDDEN
import { sampleScalars } from "../sampleScalars";
// END HIDDEN

// Mish(x) = x·tanh(softplus(x)); each part written so that it is finite for |x| ≤ 30.
const softplus = (x: number) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
const logistic = sigmoid; // the core's stable σ (the key test checks the result by another route)

/** Mish′ with parts switchable, so the product-rule and chain-rule slips read as data. */
const mishDerivativeWith =
  (changes: Readonly<Record<string, number | string | boolean>> = {}) =>
  (x: number): number => {
    const t = Math.tanh(softplus(x));
    const innerSlope =
      changes.innerSlope === "one" ? 1 : changes.innerSlope === "sigmoid(-x)" ? logistic(-x) : logistic(x);
    const tanhSlope = changes.tanhSlope === "1 - t" ? 1 - t : 1 - t * t;
    const productTerm = changes.productRule === false ? 0 : x * tanhSlope * innerSlope;
    return t + productTerm;
  };

export const mishDerivative: Exercise = {
  id: "mish-derivative",
  kind: "function",
  notebook: "04-smooth-gates",
  title: "Mish′, derived",
  statement:
    "Mish(x) = x·tanh(softplus(x)) with softplus(x) = log(1 + eˣ) (Misra 2019). Derive Mish′(x) and implement it, finite and correct for |x| ≤ 30. Write softplus and σ yourself or import `sigmoid`; `activation` is off limits.",
  thinking: "derive",
  difficulty: 3,
  minutes: 12,
  forbids: ["activation"],
  curve: { range: [-5, 3] },
  placeAfter: 'check("swish-minimum"',
  points: 2,
  starter: "function mishDerivative(x: number): number",
  // BEGIN SOLUTION
  reference: mishDerivativeWith(),
  // END SOLUTION
  publicCases: [[0], [1], [-1], [-2.5], [4], [-30], [30]],
  // BEGIN HIDDEN
  hiddenCases: [[0.6875], [-4.125], [12.5], ...sampleScalars(7_440_111, 8, -8, 8)],
  // END HIDDEN
  variant: mishDerivativeWith,
  mistakes: [
    {
      name: "product rule forgotten: tanh(softplus(x)) alone",
      answer: mishDerivativeWith({ productRule: false }),
      changes: { productRule: false },
      hint: "Mish is a product x·g(x): its derivative is g(x) + x·g′(x), and g′ = tanh′(softplus(x))·softplus′(x)",
    },
    {
      name: "softplus′ taken as 1",
      answer: mishDerivativeWith({ innerSlope: "one" }),
      changes: { innerSlope: "one" },
      hint: "the chain rule through softplus brings softplus′(x) = eˣ/(1 + eˣ) = σ(x), not 1",
    },
    {
      name: "softplus′ as σ(−x)",
      answer: mishDerivativeWith({ innerSlope: "sigmoid(-x)" }),
      changes: { innerSlope: "sigmoid(-x)" },
      hint: "softplus′(x) = eˣ/(1 + eˣ) = σ(x); σ(−x) = 1/(1 + eˣ) is the slope of softplus(−x)",
    },
    {
      name: "tanh′ = 1 − tanh",
      answer: mishDerivativeWith({ tanhSlope: "1 - t" }),
      changes: { tanhSlope: "1 - t" },
      hint: "tanh′(u) = 1 − tanh(u)², with the tanh squared",
    },
  ],
};
