import type { Exercise } from "../types";
// BEGIN HIDDEN
import { sampleScalars } from "../sampleScalars";
// END HIDDEN

const stableSigmoid = (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

export const sigmoidLogStable: Exercise = {
  id: "sigmoid-log-stable",
  kind: "function",
  notebook: "02-sigmoid-tanh",
  title: "log σ(x) without −Infinity",
  statement:
    "Implement log σ(x) = −log(1 + e^(−x)) so that it is finite and correct for every x from −1000 to 1000 (log σ(−800) = −800, not −Infinity).",
  thinking: "implement",
  difficulty: 2,
  minutes: 8,
  forbids: ["logSigmoid", "log1pExp", "activation"],
  // The notebook plots this curve, so a failing check draws the answer against it.
  curve: { range: [-10, 10] },
  points: 2,
  starter: "function logSigmoid(x: number): number",
  // BEGIN SOLUTION
  reference: (x: number): number => (x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x))),
  // END SOLUTION
  publicCases: [[0], [2], [-3], [30], [-800], [800]],
  // BEGIN HIDDEN
  hiddenCases: [[-1000], [-745.5], [37.25], [-0.125], ...sampleScalars(2_024_519, 8, -50, 50)],
  // END HIDDEN
  mistakes: [
    {
      name: "log of a stable sigmoid",
      answer: (x: number) => Math.log(stableSigmoid(x)),
      hint: "σ(−800) underflows to 0 and log(0) = −Infinity: never take the log of σ itself; for x < 0 write log σ(x) = x − log(1 + eˣ)",
    },
    {
      name: "−log1p(e^(−x)) for every x",
      answer: (x: number) => -Math.log1p(Math.exp(-x)),
      hint: "e^(−x) overflows to Infinity for x < −709: use −log1p(e^(−x)) only for x ≥ 0, and x − log1p(eˣ) for x < 0",
    },
    {
      name: "sign flipped: softplus(−x)",
      answer: (x: number) => (x >= 0 ? Math.log1p(Math.exp(-x)) : -x + Math.log1p(Math.exp(x))),
      hint: "log σ(x) ≤ 0 because σ(x) < 1: it is −log(1 + e^(−x)), with a minus in front",
    },
  ],
};
