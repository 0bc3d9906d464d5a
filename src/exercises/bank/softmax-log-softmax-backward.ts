import type { Exercise } from "../types";

// The backward pass of y = log softmax(x): ∂L/∂x = g − softmax(x)·Σⱼgⱼ. Written here with a
// max-shifted softmax so that the reference is finite for logits of ±1000.
const stableSoftmax = (x: readonly number[]): number[] => {
  const largest = Math.max(...x);
  const exps = x.map((xi) => Math.exp(xi - largest));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
};
const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
const naiveSoftmax = (x: readonly number[]): number[] => {
  const exps = x.map(Math.exp);
  return exps.map((e) => e / sum(exps));
};

export const logSoftmaxBackward: Exercise = {
  id: "softmax-log-softmax-backward",
  kind: "function",
  notebook: "05-softmax",
  title: "The backward pass of log-softmax",
  statement:
    "For y = log softmax(x), that is yᵢ = xᵢ − log Σⱼ e^(xⱼ), and an upstream gradient g = ∂L/∂y, return ∂L/∂x: derive it (the gradient of log-sum-exp is the key step), then implement it in O(n), finite for logits as large as ±1000. The core's `softmax`, `logSoftmax`, `logSumExp` and `softmaxVjp` are off limits.",
  thinking: "implement",
  difficulty: 3,
  minutes: 15,
  forbids: ["softmax", "logSoftmax", "logSumExp", "softmaxVjp", "softmaxJacobian", "crossEntropy"],
  placeAfter: 'check("softmax-cross-entropy-gradient"',
  points: 3,
  starter: "function logSoftmaxBackward(logits: number[], g: number[]): number[]",
  // BEGIN SOLUTION
  reference: (logits: number[], g: number[]): number[] => {
    const p = stableSoftmax(logits);
    const total = sum(g);
    return g.map((gi, i) => gi - p[i] * total);
  },
  // END SOLUTION
  publicCases: [
    [
      [1, 2, 3],
      [1, 0, 0],
    ],
    [
      [0.5, -1, 2, 0],
      [1, 2, 3, 4],
    ],
    [
      [1000, 1001, 999],
      [0.5, -1, 2],
    ],
    [
      [-1000, 0, 3],
      [0, 0, -1],
    ],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [
      [0.3125, -2.75, 1.5, 0.0625, 4.25],
      [-0.5, 1.25, 0.75, -2, 0.375],
    ],
    [[3.5], [2.25]],
  ],
  // END HIDDEN
  mistakes: [
    {
      name: "the softmax VJP instead (p ⊙ (g − p·g))",
      answer: (logits: number[], g: number[]) => {
        const p = stableSoftmax(logits);
        const dot = sum(p.map((pi, i) => pi * g[i]));
        return p.map((pi, i) => pi * (g[i] - dot));
      },
      hint: "that is the backward pass of softmax itself; here y = log softmax, so differentiate yᵢ = xᵢ − LSE(x) term by term",
    },
    {
      name: "Σg forgotten: g − p",
      answer: (logits: number[], g: number[]) => {
        const p = stableSoftmax(logits);
        return g.map((gi, i) => gi - p[i]);
      },
      hint: "g − p is right only when Σᵢgᵢ = 1 (cross-entropy with a one-hot target, up to sign): every yᵢ contains −LSE(x), so every gᵢ reaches it",
    },
    {
      name: "the sign of the correction",
      answer: (logits: number[], g: number[]) => {
        const p = stableSoftmax(logits);
        const total = sum(g);
        return g.map((gi, i) => gi + p[i] * total);
      },
      hint: "yᵢ = xᵢ − log Σ e^(xⱼ): the log-sum-exp is subtracted, so its gradient enters with a minus sign",
    },
    {
      name: "an unstable softmax inside",
      answer: (logits: number[], g: number[]) => {
        const p = naiveSoftmax(logits);
        const total = sum(g);
        return g.map((gi, i) => gi - p[i] * total);
      },
      hint: "e^1000 overflows: subtract the largest logit before exponentiating (softmax does not change)",
    },
  ],
};
