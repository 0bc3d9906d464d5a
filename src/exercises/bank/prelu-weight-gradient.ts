import type { Exercise } from "../types";

export const preluWeightGradient: Exercise = {
  id: "prelu-weight-gradient",
  kind: "function",
  notebook: "03-relu-family",
  title: "The gradient PReLU's slope learns from",
  statement:
    "PReLU(x) = x for x > 0 and a·x otherwise (He et al. 2015; a is learned and may exceed 1). Implement ∂PReLU/∂a as a function of x and a.",
  thinking: "derive",
  difficulty: 2,
  minutes: 6,
  forbids: ["activation"],
  points: 1,
  starter: "function preluWeightGradient(x: number, a: number): number",
  // BEGIN SOLUTION
  reference: (x: number): number => (x > 0 ? 0 : x),
  // END SOLUTION
  publicCases: [
    [1.5, 0.25],
    [-2, 0.25],
    [0, 0.25],
    [-0.5, 1.5],
    [2, 1.5],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [-3.25, 0.1],
    [0.0625, 2.5],
    [-7.5, 0.75],
    [4.125, 0],
  ],
  // END HIDDEN
  mistakes: [
    {
      name: "∂/∂x instead of ∂/∂a",
      answer: (x: number, a: number) => (x > 0 ? 1 : a),
      hint: "that is ∂PReLU/∂x (the slope the input sees); differentiate a·x with respect to a instead: ∂(a·x)/∂a = x, and the branch x > 0 does not contain a",
    },
    {
      name: "gradient of max(a·x, x) (seed note 000)",
      answer: (x: number, a: number) => (a * x > x ? x : 0),
      hint: "max(a·x, x) equals PReLU only while a ≤ 1; for a > 1 it picks a·x on the positive side. PReLU uses a·x exactly where x ≤ 0, whatever a is",
    },
    {
      name: "x on both branches",
      answer: (x: number) => x,
      hint: "for x > 0 PReLU(x) = x does not depend on a, so its a-gradient there is 0",
    },
  ],
};
