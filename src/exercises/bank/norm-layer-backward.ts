import { matrix } from "../../linear/matrix";
import { layerNorm, layerNormBackward } from "../../norm/layerNorm";
import type { Exercise } from "../types";

// Each mistake keeps x̂ = (x − μ)/s and drops or changes one path of the backward pass.
const withStatistics =
  (combine: (g: number[], xHat: number[], s: number) => number[], divisor = (n: number) => n) =>
  (x: number[], g: number[], eps: number): number[] => {
    const mu = x.reduce((a, b) => a + b, 0) / x.length;
    const s = Math.sqrt(x.reduce((a, b) => a + (b - mu) ** 2, 0) / divisor(x.length) + eps);
    return combine(
      g,
      x.map((v) => (v - mu) / s),
      s,
    );
  };
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

export const normLayerBackward: Exercise = {
  id: "norm-layer-backward",
  kind: "function",
  notebook: "09-normalization",
  title: "LayerNorm's backward pass through the mean and the variance",
  statement:
    "One row x of n numbers is normalised, y = (x − μ)/√(σ² + ε) with the population variance σ² (γ = 1, β = 0). Given x, the upstream gradient g = ∂L/∂y and ε, return ∂L/∂x as an array. Derive it through both paths, the mean μ and the variance σ², each of which depends on every x of the row; the core's `layerNorm` and `layerNormBackward` are off limits.",
  thinking: "implement",
  difficulty: 3,
  minutes: 20,
  forbids: ["layerNorm", "layerNormBackward"],
  points: 2,
  starter: "function layerNormRowBackward(x: number[], g: number[], eps: number): number[]",
  // BEGIN SOLUTION
  // The key comes from the core's layerNormBackward, tested against PyTorch (test/norm/).
  reference: (x: number[], g: number[], eps: number): number[] =>
    Array.from(layerNormBackward(layerNorm(matrix(1, x.length, x), { eps }), matrix(1, g.length, g)).gradInput.data),
  // END SOLUTION
  publicCases: [
    [[1, 2, 3, 4], [1, 0, 0, 0], 1e-5],
    [[0.5, -1, 2], [1, 2, 3], 0],
    [[3, 3.5, 2, 2.25, 1], [0.2, -0.4, 1, 0.3, -0.1], 1e-5],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [[10, -4, 7.5, 0.25, 3, -2], [0.75, -1.25, 0.5, 2, -0.5, 1], 1e-5],
    [[-0.0625, 0.125, -0.4375], [3, -2, 1], 0.01],
    [[100, 101, 99, 100.5], [1, -1, 0.5, 0.25], 1e-5],
  ],
  // END HIDDEN
  mistakes: [
    {
      name: "μ and σ treated as constants: g/s",
      answer: withStatistics((g, _xHat, s) => g.map((gi) => gi / s)),
      hint: "μ and σ² depend on every x of the row: ∂L/∂x = (g − mean(g) − x̂·mean(g ⊙ x̂))/s, not g/s",
    },
    {
      name: "the path through σ² left out",
      answer: withStatistics((g, _xHat, s) => g.map((gi) => (gi - mean(g)) / s)),
      hint: "you subtract mean(g) (the path through μ) but not x̂·mean(g ⊙ x̂), the path through σ²",
    },
    {
      name: "the path through μ left out",
      answer: withStatistics((g, xHat, s) =>
        g.map((gi, i) => (gi - xHat[i] * mean(g.map((gj, j) => gj * xHat[j]))) / s),
      ),
      hint: "that is RMSNorm's formula; LayerNorm also subtracts the mean, which adds the term −mean(g)",
    },
    {
      name: "sample variance (÷ (n − 1))",
      answer: withStatistics(
        (g, xHat, s) => g.map((gi, i) => (gi - mean(g) - xHat[i] * mean(g.map((gj, j) => gj * xHat[j]))) / s),
        (n) => n - 1,
      ),
      hint: "LayerNorm (like torch.nn.LayerNorm) normalises with the population variance, ÷ n, not ÷ (n − 1)",
    },
  ],
};
