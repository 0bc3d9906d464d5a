import type { Exercise } from "../types";

export const normBatchRunningVariance: Exercise = {
  id: "norm-batch-running-variance",
  kind: "numeric",
  notebook: "09-normalization",
  title: "BatchNorm's running variance after ten steps",
  statement:
    "A fresh BatchNorm1d feature (momentum 0.1, running_var = 1) is trained for 10 steps on batches of 8 samples, and every batch has population variance (÷ 8) exactly 3.5. What is running_var after the 10th step? (4 significant digits are checked.)",
  thinking: "derive",
  difficulty: 2,
  minutes: 8,
  placeAfter: "const trainingBatches",
  points: 1,
  starter: "const runningVariance = (): number => …",
  // BEGIN SOLUTION
  // The update stores the unbiased variance 3.5·8/7 = 4; after 10 steps 1 has weight 0.9¹⁰.
  reference: 4 - 3 * 0.9 ** 10,
  // END SOLUTION
  significantDigits: 4,
  publicCases: [],
  mistakes: [
    {
      name: "the population variance",
      answer: 3.5 - 2.5 * 0.9 ** 10,
      hint: "PyTorch stores the unbiased batch variance in running_var: 3.5·8/7 = 4, not 3.5 (the normalisation in training mode uses ÷ n; the running estimate does not)",
    },
    {
      name: "the weights of old and new swapped",
      answer: 4 - 3 * 0.1 ** 10,
      hint: "momentum is the weight of the NEW batch: running ← 0.9·running + 0.1·batch, so after 10 steps the start still weighs 0.9¹⁰ ≈ 0.35; the estimate is far from converged",
    },
    {
      name: "the start decays instead of the batch filling in",
      answer: 4 * 0.9 ** 10 + (1 - 0.9 ** 10),
      hint: "the weight 0.9¹⁰ belongs to the starting value 1, and 1 − 0.9¹⁰ to the batch variance 4: 0.9¹⁰·1 + (1 − 0.9¹⁰)·4",
    },
    {
      name: "one step only",
      answer: 0.9 + 0.1 * 4,
      hint: "that is the value after the first step; each of the 10 steps multiplies the distance to 4 by 0.9",
    },
  ],
};
