/**
 * What hardshrink and softshrink share: the threshold λ and the derivative, 1 where |x| > λ and 0 on
 * [−λ, λ] (at ±λ too, as PyTorch's hardshrink_backward and softshrink_backward). They differ only
 * in f: hard thresholding keeps x, soft thresholding moves it toward 0 by λ.
 */
import type { NumberParamSpec } from "./types";

export type ShrinkParams = { lambd: number };

export const shrinkParams: { readonly lambd: NumberParamSpec } = {
  lambd: { kind: "number", default: 0.5, description: "threshold λ ≥ 0", min: 0 },
};

export const shrinkDerivative = (x: number, { lambd }: ShrinkParams): number =>
  x > lambd || x < -lambd ? 1 : Number.isNaN(x) ? NaN : 0;

export const shrinkDerivativeLatex = ({ lambd }: ShrinkParams): string =>
  String.raw`\begin{cases} 1 & |x| > ${lambd} \\ 0 & |x| \le ${lambd} \end{cases}`;

export const shrinkKinks = ({ lambd }: ShrinkParams): number[] => [-lambd, lambd];
