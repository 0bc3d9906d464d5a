import type { Exercise } from "../types";

const norm = (values: readonly number[]): number => Math.sqrt(values.reduce((total, v) => total + v * v, 0));

export const clipGlobalNorm: Exercise = {
  id: "gradients-clip-norm",
  kind: "function",
  notebook: "08-gradients-depth",
  title: "Clip a gradient by its norm",
  statement:
    "Implement clipping by norm (torch.nn.utils.clip_grad_norm_): if ‖g‖ > maxNorm, return g scaled to norm maxNorm (same direction); otherwise return g unchanged.",
  thinking: "implement",
  difficulty: 1,
  minutes: 5,
  forbids: ["clipGradientsByGlobalNorm"],
  points: 1,
  starter: "function clipByNorm(gradient: number[], maxNorm: number): number[]",
  // BEGIN SOLUTION
  reference: (gradient: number[], maxNorm: number): number[] => {
    const length = norm(gradient);
    return length > maxNorm ? gradient.map((g) => (g * maxNorm) / length) : [...gradient];
  },
  // END SOLUTION
  // PyTorch divides by ‖g‖ + 1e−6; answers with or without that guard both pass.
  tolerance: { absolute: 1e-9, relative: 1e-5 },
  publicCases: [
    [[3, 4], 1],
    [[3, 4], 10],
    [[1, -2, 2], 1.5],
    [[100, -100, 50, 0], 5],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [[0.25, -0.5], 1],
    [[-7, 24], 2.5],
    [[1e6, 1e6, -1e6], 0.1],
  ],
  // END HIDDEN
  mistakes: [
    {
      name: "clamps each entry (clip_grad_value_)",
      answer: (gradient: number[], maxNorm: number) => gradient.map((g) => Math.min(maxNorm, Math.max(-maxNorm, g))),
      hint: "clamping each entry to [−maxNorm, maxNorm] is clip_grad_value_, and it changes the direction; clipping by norm rescales the whole vector: g·maxNorm/‖g‖",
    },
    {
      name: "always rescales",
      answer: (gradient: number[], maxNorm: number) => gradient.map((g) => (g * maxNorm) / norm(gradient)),
      hint: "a gradient already shorter than maxNorm must stay unchanged; rescale only when ‖g‖ > maxNorm",
    },
    {
      name: "normalises to length 1",
      answer: (gradient: number[], maxNorm: number) =>
        norm(gradient) > maxNorm ? gradient.map((g) => g / norm(gradient)) : [...gradient],
      hint: "g/‖g‖ has norm 1; the clipped gradient should have norm maxNorm: g·maxNorm/‖g‖",
    },
  ],
};
