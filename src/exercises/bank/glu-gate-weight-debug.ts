import type { Exercise } from "../types";

// ∂L/∂W of a SwiGLU block's gate projection on a batch: A = XW, U = XV, H = SiLU(A) ⊙ U, Y = HW₂,
// with the slips switchable as data. X is n×d, W and V are d×d_ff, W₂ is d_ff×d, all flat row-major.
type Changes = Readonly<Record<string, number | string | boolean>>;
const logistic = (z: number) => 1 / (1 + Math.exp(-z));

const gateWeightGradientWith =
  (changes: Changes = {}) =>
  (x: number[], w: number[], v: number[], w2: number[], g: number[], d: number): number[] => {
    const [rows, hidden] = [x.length / d, w.length / d];
    const grad: number[] = new Array(d * hidden).fill(0);
    for (let r = 0; r < rows; r++)
      for (let j = 0; j < hidden; j++) {
        let [a, u, gradH] = [0, 0, 0];
        for (let i = 0; i < d; i++) a += x[r * d + i] * w[i * hidden + j];
        for (let i = 0; i < d; i++) u += x[r * d + i] * v[i * hidden + j];
        // W₂[j][k] sits at j·d + k; read as k·d_ff + j it is W₂ᵀ's entry, the wrong matrix.
        for (let k = 0; k < d; k++) gradH += g[r * d + k] * (changes.w2Transposed ? w2[k * hidden + j] : w2[j * d + k]);
        const s = logistic(a);
        const gradA = changes.valueWeights ? gradH * a * s : gradH * u * s * (1 + a * (1 - s));
        const share = changes.mean ? 1 / rows : 1;
        for (let i = 0; i < d; i++) {
          const at = changes.transposed ? j * d + i : i * hidden + j; // the bug stores (∂L/∂A)ᵀX
          grad[at] += share * gradA * x[r * d + i];
        }
      }
    return grad;
  };

const brokenCode = [
  "```ts",
  "function gateWeightGradientBroken(",
  "  x: number[], w: number[], v: number[], w2: number[], g: number[], d: number,",
  "): number[] {",
  "  const [n, dFf] = [x.length / d, w.length / d];",
  "  const at = (m: number[], cols: number, r: number, c: number) => m[r * cols + c];",
  "  const grad = new Array(d * dFf).fill(0);",
  "  for (let r = 0; r < n; r++)",
  "    for (let j = 0; j < dFf; j++) {",
  "      let [a, u, gradH] = [0, 0, 0];",
  "      for (let i = 0; i < d; i++) a += at(x, d, r, i) * at(w, dFf, i, j); // a = xW",
  "      for (let i = 0; i < d; i++) u += at(x, d, r, i) * at(v, dFf, i, j); // u = xV",
  "      for (let k = 0; k < d; k++) gradH += at(g, d, r, k) * at(w2, d, j, k); // ∂L/∂h = g·W₂ᵀ",
  "      const s = 1 / (1 + Math.exp(-a));",
  "      const gradA = gradH * u * s * (1 + a * (1 - s)); // ∂L/∂a = ∂L/∂h · u · SiLU′(a)",
  "      for (let i = 0; i < d; i++) grad[j * d + i] += gradA * at(x, d, r, i); // ∂L/∂W = Xᵀ·∂L/∂A",
  "    }",
  "  return grad;",
  "}",
  "```",
].join("\n");

export const gluGateWeightDebug: Exercise = {
  id: "glu-gate-weight-debug",
  kind: "function",
  notebook: "06-glu-ffn",
  title: "Debug: the gate's weight gradient on a batch",
  statement: [
    "A colleague wrote ∂L/∂W, the gradient of the gate weights of a SwiGLU block (A = XW, U = XV, H = SiLU(A) ⊙ U, Y = HW₂, no biases), for a batch X of n rows; all matrices are flat row-major, X is n×d, W and V d×d_ff, W₂ d_ff×d, g = ∂L/∂Y is n×d:",
    "",
    brokenCode,
    "",
    "It runs and returns d·d_ff numbers, yet it fails a gradient check. Find the transposed matrix and return the fixed gradient, with W's shape and layout. `gluBackward` and the numeric gradient tools are off limits.",
  ].join("\n"),
  thinking: "debug",
  difficulty: 2,
  minutes: 10,
  forbids: ["gluBackward", "gluForward", "numericGradient", "numericJacobian", "checkGradient"],
  placeAfter: 'check("glu-swiglu-backward"',
  points: 2,
  starter:
    "function gateWeightGradient(x: number[], w: number[], v: number[], w2: number[], g: number[], d: number): number[]",
  // BEGIN SOLUTION
  reference: gateWeightGradientWith(),
  // END SOLUTION
  publicCases: [
    [
      [0.5, -1, 1.5, 0.25],
      [0.2, -0.4, 0.7, 0.1, 0.9, -0.3],
      [-0.3, 0.8, 0.5, 0.25, -0.6, 0.4],
      [1, -0.5, 0.25, 2, -1, 0.75],
      [1, -1, 0.5, 2],
      2,
    ],
    [
      [1.25, -0.5, 0.75, -1.5, 0.5, 1],
      [0.6, -0.2, 0.35, 0.8, -0.9, 0.15],
      [0.4, 0.4, -0.7, 0.6, 0.3, -0.5],
      [0.5, 1.5, -1, 0.75, 0.25, -0.5],
      [0.5, 2, -1, 1, -0.5, 0.25],
      3,
    ],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [
      [0.75, -0.5, -1.25, 2, 0.3, -0.8],
      [0.1, -0.9, 0.35, 1.1, 0.2, -0.45],
      [0.6, 0.3, -0.8, -0.2625, 0.9, 0.15],
      [0.5, -1, 1.25, 0.5, -0.75, 0.2],
      [-1.5, 0.5, 1, 0.25, -0.5, 2],
      2,
    ],
  ],
  // END HIDDEN
  tolerance: { absolute: 1e-9, relative: 1e-7 },
  variant: gateWeightGradientWith,
  mistakes: [
    {
      name: "the broken code unchanged",
      answer: gateWeightGradientWith({ transposed: true }),
      changes: { transposed: true },
      hint: "the last loop stores entry (i, j) of Xᵀ·∂L/∂A at j·d + i, which is where (∂L/∂A)ᵀX keeps it: W is d×d_ff, so entry (i, j) belongs at i·d_ff + j",
    },
    {
      name: "W₂ flipped instead",
      answer: gateWeightGradientWith({ w2Transposed: true }),
      changes: { w2Transposed: true },
      hint: "the ∂L/∂h line was right: y_k = Σ_j h_j·W₂[j][k], so ∂L/∂h_j = Σ_k g_k·W₂[j][k], read at j·d + k. Undo that change; the transposed matrix is the one being written",
    },
    {
      name: "averaged over the batch",
      answer: gateWeightGradientWith({ mean: true }),
      changes: { mean: true },
      hint: "L adds the rows' contributions, so ∂L/∂W is a sum over the batch, not a mean: do not divide by n",
    },
    {
      name: "the value's weights ∂L/∂V",
      answer: gateWeightGradientWith({ valueWeights: true }),
      changes: { valueWeights: true },
      hint: "∂L/∂h·SiLU(a) is the value's ∂L/∂u, whose weight gradient is ∂L/∂V; the gate's W needs ∂L/∂a = ∂L/∂h·u·SiLU′(a), as the broken code had it",
    },
  ],
};
