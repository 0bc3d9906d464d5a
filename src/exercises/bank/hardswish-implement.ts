import type { Exercise } from "../types";

export const hardswishImplement: Exercise = {
  id: "hardswish-implement",
  kind: "function",
  notebook: "04-smooth-gates",
  title: "Hard-swish from its description",
  statement:
    "MobileNetV3 (Howard et al. 2019) keeps Swish's shape, x times a gate, but builds the gate without exp: it is 0 for x ≤ −3, 1 for x ≥ 3, and a straight line in between, continuous at both ends. Implement hard-swish, x times that gate (between −3 and 3 it is a quadratic). Use no exp and no actlab call.",
  thinking: "implement",
  difficulty: 1,
  minutes: 5,
  forbids: ["activation"],
  // The notebook plots this curve, so a failing check draws the answer against it.
  curve: { range: [-5, 5] },
  points: 1,
  starter: "function hardswish(x: number): number",
  // BEGIN SOLUTION
  reference: (x: number): number => (x * Math.min(Math.max(x + 3, 0), 6)) / 6,
  // END SOLUTION
  publicCases: [[-4], [-3], [-1], [0], [1], [3], [5]],
  // BEGIN HIDDEN
  hiddenCases: [[-2.8125], [0.4375], [2.9375], [9.25]],
  // END HIDDEN
  mistakes: [
    {
      name: "the gate only (hard-sigmoid)",
      answer: (x: number) => Math.min(Math.max(x + 3, 0), 6) / 6,
      hint: "that is the gate alone (hard-sigmoid); hard-swish multiplies it by x, as swish is x·σ(x)",
    },
    {
      name: "ramp not scaled to 1: x·clamp(x + 3, 0, 6)",
      answer: (x: number) => x * Math.min(Math.max(x + 3, 0), 6),
      hint: "the gate must rise from 0 to 1 over a width of 6, so its slope is 1/6: gate = (x + 3)/6; yours reaches 6, so hard-swish(5) would be 30, not 5",
    },
    {
      name: "ramp through 0 at x = 0: x·clamp(x/6, 0, 1)",
      answer: (x: number) => (x * Math.min(Math.max(x, 0), 6)) / 6,
      hint: "the line must go from 0 at x = −3 to 1 at x = 3, so it passes ½ at x = 0 (like σ(0)): gate = (x + 3)/6",
    },
    {
      name: "no upper clamp: x·max(x + 3, 0)/6",
      answer: (x: number) => (x * Math.max(x + 3, 0)) / 6,
      hint: "the gate stops at 1 for x ≥ 3, so hard-swish is x there (not a parabola that keeps growing): clamp the ramp at both ends",
    },
  ],
};
