// Exercise glu-swiglu-backward (notebook 06-glu-ffn; implement · ★★★ · about 20 min).
// Check: `npm run check -- glu-swiglu-backward`. This header is generated from the bank; edit the code.
// One input row x goes through a SwiGLU block without biases: a = xW, u = xV, h = SiLU(a) ⊙ u, y =
// hW₂ (W and V are d×d_ff, W₂ is d_ff×d, each given row by row as one flat array, so W_ij =
// w[i·d_ff + j] and d_ff = w.length / x.length). Given g = ∂L/∂y, return ∂L/∂x. It must pass a
// gradient check against finite differences; gluBackward, gluForward and the numeric gradient
// tools are off limits.
import { check, sigmoid } from "actlab";

function swigluInputGradient(
  x: number[],
  w: number[],
  v: number[],
  w2: number[],
  g: number[],
): number[] {
  // BEGIN SOLUTION
  const d = x.length;
  const hidden = w.length / d;
  const units = Array.from({ length: hidden }, (_, j) => j);
  const a = units.map((j) => x.reduce((t, xi, i) => t + xi * w[i * hidden + j], 0)); // a = xW
  const u = units.map((j) => x.reduce((t, xi, i) => t + xi * v[i * hidden + j], 0)); // u = xV
  const gradH = units.map((j) => g.reduce((t, gk, k) => t + w2[j * d + k] * gk, 0)); // ∂L/∂h = W₂g
  const siluSlope = (z: number) => sigmoid(z) * (1 + z * (1 - sigmoid(z)));
  const gradA = units.map((j) => gradH[j] * u[j] * siluSlope(a[j]));
  const gradU = units.map((j) => gradH[j] * a[j] * sigmoid(a[j]));
  return x.map((_, i) =>
    units.reduce((t, j) => t + w[i * hidden + j] * gradA[j] + v[i * hidden + j] * gradU[j], 0),
  );
  // END SOLUTION
}

check("glu-swiglu-backward", swigluInputGradient);
