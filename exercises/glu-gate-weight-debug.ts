// Exercise glu-gate-weight-debug (notebook 06-glu-ffn; debug · ★★☆ · about 10 min).
// Check: `npm run check -- glu-gate-weight-debug`. This header is generated from the bank; edit the code.
// A colleague wrote ∂L/∂W, the gradient of the gate weights of a SwiGLU block (A = XW, U = XV, H =
// SiLU(A) ⊙ U, Y = HW₂, no biases), for a batch X of n rows; all matrices are flat row-major, X is
// n×d, W and V d×d_ff, W₂ d_ff×d, g = ∂L/∂Y is n×d:
// ts function gateWeightGradientBroken( x: number[], w: number[], v: number[], w2: number[], g:
// number[], d: number, ): number[] { const [n, dFf] = [x.length / d, w.length / d]; const at = (m:
// number[], cols: number, r: number, c: number) => m[r cols + c]; const grad = new Array(d
// dFf).fill(0); for (let r = 0; r < n; r++) for (let j = 0; j < dFf; j++) { let [a, u, gradH] =
// [0, 0, 0]; for (let i = 0; i < d; i++) a += at(x, d, r, i) at(w, dFf, i, j); // a = xW for (let
// i = 0; i < d; i++) u += at(x, d, r, i) at(v, dFf, i, j); // u = xV for (let k = 0; k < d; k++)
// gradH += at(g, d, r, k) at(w2, d, j, k); // ∂L/∂h = g·W₂ᵀ const s = 1 / (1 + Math.exp(-a));
// const gradA = gradH u s (1 + a (1 - s)); // ∂L/∂a = ∂L/∂h · u · SiLU′(a) for (let i = 0; i < d;
// i++) grad[j d + i] += gradA at(x, d, r, i); // ∂L/∂W = Xᵀ·∂L/∂A } return grad; }
// It runs and returns d·d_ff numbers, yet it fails a gradient check. Find the transposed matrix
// and return the fixed gradient, with W's shape and layout. gluBackward and the numeric gradient
// tools are off limits.
import { check } from "actlab";

function gateWeightGradient(
  x: number[],
  w: number[],
  v: number[],
  w2: number[],
  g: number[],
  d: number,
): number[] {
  // BEGIN SOLUTION
  const units = w.length / d;
  const dot = (term: (k: number) => number) =>
    [...Array(d).keys()].reduce((s, k) => s + term(k), 0);
  const gradient = new Array<number>(d * units).fill(0);
  for (let r = 0; r < x.length / d; r++)
    for (let j = 0; j < units; j++) {
      const [a, u] = [w, v].map((m) => dot((i) => x[r * d + i] * m[i * units + j]));
      const upstream = dot((k) => g[r * d + k] * w2[j * d + k]); // this line was right
      const gate = 1 / (1 + Math.exp(-a));
      const gradGate = upstream * u * gate * (1 + a * (1 - gate));
      // The fix: ∂L/∂W is d×d_ff like W, so entry (i, j) lives at i·d_ff + j, not j·d + i.
      for (let i = 0; i < d; i++) gradient[i * units + j] += gradGate * x[r * d + i];
    }
  return gradient;
  // END SOLUTION
}

check("glu-gate-weight-debug", gateWeightGradient);
