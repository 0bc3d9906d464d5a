import { sigmoid } from "../../numerics/logistic";
import type { Exercise } from "../types";

// One row through a SwiGLU block without biases: a = xW, u = xV, h = SiLU(a) ⊙ u, y = hW₂.
type Rows = number[][];
const logistic = sigmoid; // the core's stable σ (the key test checks the result by another route)
const silu = (z: number) => z * logistic(z);
const siluSlope = (z: number) => logistic(z) * (1 + z * (1 - logistic(z)));
const rowTimes = (x: readonly number[], m: Rows) => m[0].map((_, j) => x.reduce((t, xi, i) => t + xi * m[i][j], 0));
const timesColumn = (m: Rows, v: readonly number[]) => m.map((row) => row.reduce((t, mij, j) => t + mij * v[j], 0));
const transpose = (m: Rows): Rows => m[0].map((_, j) => m.map((row) => row[j]));

/** Row-major flat data (as the cases carry matrices) back to rows of `cols` entries. */
const rowsOf = (flat: readonly number[], cols: number): Rows =>
  Array.from({ length: flat.length / cols }, (_, i) => flat.slice(i * cols, (i + 1) * cols));

/** ∂L/∂x given g = ∂L/∂y, with the usual slips switchable as data. */
const backwardWith =
  (changes: Readonly<Record<string, number | string | boolean>> = {}) =>
  (x: number[], wFlat: number[], vFlat: number[], w2Flat: number[], g: number[]): number[] => {
    const hidden = wFlat.length / x.length;
    const [w, v, w2] = [rowsOf(wFlat, hidden), rowsOf(vFlat, hidden), rowsOf(w2Flat, x.length)];
    const a = rowTimes(x, w);
    const u = rowTimes(x, v);
    const gradHidden = changes.w2Transposed ? timesColumn(transpose(w2), g) : timesColumn(w2, g); // W₂g
    const slope = (z: number) => (changes.gateSlope === "sigmoid" ? logistic(z) : siluSlope(z));
    const gradA = gradHidden.map((d, j) => d * u[j] * slope(a[j]));
    const gradU = gradHidden.map((d, j) => d * silu(a[j]));
    const throughGate = changes.gatePath === false ? x.map(() => 0) : timesColumn(w, gradA);
    const throughValue = changes.valuePath === false ? x.map(() => 0) : timesColumn(v, gradU);
    return throughGate.map((t, i) => t + throughValue[i]);
  };

export const swigluBackward: Exercise = {
  id: "glu-swiglu-backward",
  kind: "function",
  notebook: "06-glu-ffn",
  title: "Backprop through a whole SwiGLU block",
  statement:
    "One input row x goes through a SwiGLU block without biases: a = xW, u = xV, h = SiLU(a) ⊙ u, y = hW₂ (W and V are d×d_ff, W₂ is d_ff×d, each given row by row as one flat array, so W_ij = w[i·d_ff + j] and d_ff = w.length / x.length). Given g = ∂L/∂y, return ∂L/∂x. It must pass a gradient check against finite differences; `gluBackward`, `gluForward` and the numeric gradient tools are off limits.",
  thinking: "implement",
  difficulty: 3,
  minutes: 20,
  forbids: ["gluBackward", "gluForward", "feedForwardBackward", "numericGradient", "numericJacobian", "checkGradient"],
  placeAfter: 'check("glu-gate-gradient"',
  points: 3,
  starter: "function swigluInputGradient(x: number[], w: number[], v: number[], w2: number[], g: number[]): number[]",
  // BEGIN SOLUTION
  reference: backwardWith(),
  // END SOLUTION
  publicCases: [
    [
      [0.5, -1],
      [0.2, -0.4, 0.7, 0.1],
      [-0.3, 0.8, 0.5, 0.25],
      [1, -0.5, 0.25, 2],
      [1, -1],
    ],
    [
      [1.5, 0.25],
      [-0.6, 0.9, 0.3, -1.2],
      [0.4, 0.4, -0.7, 0.6],
      [0.5, 1.5, -1, 0.75],
      [0.5, 2],
    ],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [
      [0.75, -0.5],
      [0.1, -0.9, 0.35, 1.1, 0.2, -0.45],
      [0.6, 0.3, -0.8, -0.2625, 0.9, 0.15],
      [0.5, -1, 1.25, 0.5, -0.75, 0.2],
      [-1.5, 0.5],
    ],
  ],
  // END HIDDEN
  tolerance: { absolute: 1e-9, relative: 1e-7 },
  variant: backwardWith,
  mistakes: [
    {
      name: "W₂ transposed on the way back",
      answer: backwardWith({ w2Transposed: true }),
      changes: { w2Transposed: true },
      hint: "y = hW₂ gives ∂L/∂h = W₂g (row j of W₂ belongs to hidden unit j), not W₂ᵀg: check the shapes with d ≠ d_ff",
    },
    {
      name: "SiLU′ taken as σ",
      answer: backwardWith({ gateSlope: "sigmoid" }),
      changes: { gateSlope: "sigmoid" },
      hint: "SiLU′(a) = σ(a)(1 + a(1 − σ(a))), not σ(a): SiLU is a·σ(a), so the product rule applies",
    },
    {
      name: "the value path forgotten",
      answer: backwardWith({ valuePath: false }),
      changes: { valuePath: false },
      hint: "x reaches y through both projections: add V(∂L/∂u) with ∂L/∂u = ∂L/∂h ⊙ SiLU(a)",
    },
    {
      name: "the gate path forgotten",
      answer: backwardWith({ gatePath: false }),
      changes: { gatePath: false },
      hint: "x also reaches y through the gate: add W(∂L/∂a) with ∂L/∂a = ∂L/∂h ⊙ u ⊙ SiLU′(a)",
    },
  ],
};
