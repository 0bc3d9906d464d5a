// Exercise norm-layer-backward (notebook 09-normalization; implement · ★★★ · about 20 min).
// Check: `npm run check -- norm-layer-backward`. This header is generated from the bank; edit the code.
// One row x of n numbers is normalised, y = (x − μ)/√(σ² + ε) with the population variance σ² (γ =
// 1, β = 0). Given x, the upstream gradient g = ∂L/∂y and ε, return ∂L/∂x as an array. Derive it
// through both paths, the mean μ and the variance σ², each of which depends on every x of the row;
// the core's layerNorm and layerNormBackward are off limits.
import { check } from "actlab";

function layerNormRowBackward(x: number[], g: number[], eps: number): number[] {
  // BEGIN SOLUTION
  const n = x.length;
  const mu = x.reduce((a, b) => a + b, 0) / n;
  const s = Math.sqrt(x.reduce((a, b) => a + (b - mu) ** 2, 0) / n + eps);
  const xHat = x.map((v) => (v - mu) / s);
  const meanG = g.reduce((a, b) => a + b, 0) / n; // the path through μ
  const meanGxHat = g.reduce((a, gi, i) => a + gi * xHat[i], 0) / n; // the path through σ²
  return g.map((gi, i) => (gi - meanG - xHat[i] * meanGxHat) / s);
  // END SOLUTION
}

check("norm-layer-backward", layerNormRowBackward);
