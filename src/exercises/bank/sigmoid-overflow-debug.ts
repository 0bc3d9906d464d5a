import type { Exercise } from "../types";
// BEGIN HIDDEN
import { sampleScalars } from "../sampleScalars";
// END HIDDEN

export const sigmoidOverflowDebug: Exercise = {
  id: "sigmoid-overflow-debug",
  kind: "function",
  notebook: "02-sigmoid-tanh",
  title: "Debug: a sigmoid that returns NaN",
  statement: [
    "A colleague's sigmoid passes every test they tried, yet it returns NaN for x = 800:",
    "",
    "```ts",
    "const sigmoidBroken = (x: number) => Math.exp(x) / (1 + Math.exp(x));",
    "```",
    "",
    "Find why (what are the numerator and denominator at x = 800?) and return a fixed version: correct for every x from −1000 to 1000, NaN for NaN, without the core's `sigmoid`.",
  ].join("\n"),
  thinking: "debug",
  difficulty: 2,
  minutes: 6,
  forbids: ["sigmoid", "logSigmoid", "log1pExp", "activation"],
  placeAfter: 'check("sigmoid-log-stable"',
  points: 1,
  starter: "function sigmoidFixed(x: number): number",
  // BEGIN SOLUTION
  reference: (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x))),
  // END SOLUTION
  publicCases: [[0], [3], [-3], [800], [-800], [Number.NaN]],
  // BEGIN HIDDEN
  hiddenCases: [[709.5], [-700.5], [36.75], ...sampleScalars(6_620_017, 6, -40, 40)],
  // END HIDDEN
  // Relative only: σ(−800) ≈ 0 must not be matched by a clamped σ(−50) ≈ 1.9·10⁻²².
  tolerance: { absolute: 0, relative: 1e-12 },
  mistakes: [
    {
      name: "the broken code unchanged",
      answer: (x: number) => Math.exp(x) / (1 + Math.exp(x)),
      hint: "at x = 800, Math.exp(800) is Infinity, and Infinity/Infinity is NaN: for x ≥ 0 divide through by eˣ, 1/(1 + e^(−x))",
    },
    {
      name: "clamped to [−50, 50]",
      answer: (x: number) => {
        const c = Math.max(-50, Math.min(50, x));
        return Math.exp(c) / (1 + Math.exp(c));
      },
      hint: "clamping changes the answer: σ(−60) ≈ 8.8·10⁻²⁷ is not σ(−50) ≈ 1.9·10⁻²². Rearrange instead, so exp only sees non-positive arguments",
    },
    {
      name: "NaN turned into a number",
      answer: (x: number) => {
        const value = x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
        return Number.isNaN(value) ? 0.5 : value;
      },
      hint: "NaN in must give NaN out: a guard that replaces NaN hides bugs upstream",
    },
    {
      name: "σ(|x|) for every x",
      answer: (x: number) => 1 / (1 + Math.exp(-Math.abs(x))),
      hint: "that is σ(|x|): for negative x use σ(x) = 1 − σ(−x) or eˣ/(1 + eˣ)",
    },
  ],
};
