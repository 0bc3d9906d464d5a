import type { Exercise } from "../types";
// BEGIN HIDDEN
import { sampleScalars } from "../sampleScalars";
// END HIDDEN

/** −log σ(t) = log(1 + e^(−t)), written so that exp never sees a positive argument. */
const minusLogSigmoid = (t: number): number => Math.max(-t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
const naiveSigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export const sigmoidOverflowDebug: Exercise = {
  id: "sigmoid-overflow-debug",
  kind: "function",
  notebook: "02-sigmoid-tanh",
  title: "Debug: a cross-entropy that returns Infinity",
  statement: [
    "A colleague computes the binary cross-entropy of a logit z and a label y ∈ {0, 1} as",
    "",
    "```ts",
    "const bceBroken = (z: number, y: number) =>",
    "  -(y * Math.log(sigmoid(z)) + (1 - y) * Math.log(1 - sigmoid(z)));",
    "```",
    "",
    "with the core's stable `sigmoid`. It returns Infinity for z = 40, y = 0, where the true loss is about 40, and NaN for z = −800, y = 0, where it is about 0. Find both causes and return a fixed version, finite and correct for every z from −1000 to 1000 and y = 0 or 1, without the core's `logSigmoid`, `log1pExp` or losses. *Hint:* 1 − σ(z) = σ(−z).",
  ].join("\n"),
  thinking: "debug",
  difficulty: 2,
  minutes: 8,
  forbids: ["logSigmoid", "log1pExp", "loss", "activation"],
  placeAfter: 'check("sigmoid-log-stable"',
  points: 1,
  starter: "function bceFixed(z: number, y: number): number",
  // BEGIN SOLUTION
  reference: (z: number, y: number): number => y * minusLogSigmoid(z) + (1 - y) * minusLogSigmoid(-z),
  // END SOLUTION
  publicCases: [
    [0, 1],
    [2, 1],
    [-3, 0],
    [40, 0],
    [-800, 0],
    [-800, 1],
    [800, 0],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [1000, 1],
    [-1000, 0],
    [36.75, 1],
    [-709.5, 1],
    ...sampleScalars(6_620_017, 6, -40, 40).map(([z], i) => [z, i % 2]),
  ],
  // END HIDDEN
  tolerance: { absolute: 1e-12, relative: 1e-12 },
  mistakes: [
    {
      name: "the broken code unchanged",
      answer: (z: number, y: number) => -(y * Math.log(naiveSigmoid(z)) + (1 - y) * Math.log(1 - naiveSigmoid(z))),
      hint: "1 − σ(40) rounds to 0 (σ(40) is 1 − 4·10⁻¹⁸), and log 0 = −Infinity; at z = −800, σ(z) = 0 gives y·log 0 = 0·(−Infinity) = NaN. Never form σ and then take its log",
    },
    {
      name: "σ(−z) for 1 − σ(z), logs still taken of σ",
      answer: (z: number, y: number) => -(y * Math.log(naiveSigmoid(z)) + (1 - y) * Math.log(naiveSigmoid(-z))),
      hint: "σ(−z) fixes z = 40, but at |z| = 800 σ underflows to 0 before the log: take the log first, −log σ(t) = log(1 + e^(−t)), computed with log1p and without a positive exponent",
    },
    {
      name: "log(1 + e^t) written out",
      answer: (z: number, y: number) => y * Math.log(1 + Math.exp(-z)) + (1 - y) * Math.log(1 + Math.exp(z)),
      hint: "log(1 + e^t) is right, but e^800 is Infinity: write it as max(t, 0) + log1p(e^(−|t|))",
    },
    {
      name: "the labels' terms swapped",
      answer: (z: number, y: number) => y * minusLogSigmoid(-z) + (1 - y) * minusLogSigmoid(z),
      hint: "for y = 1 the loss is −log σ(z), small when z is large; your answer is −log σ(−z) there: the terms are swapped",
    },
  ],
};
