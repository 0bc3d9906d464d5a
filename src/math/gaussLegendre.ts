/**
 * Gauss–Legendre quadrature: n nodes integrate polynomials of degree 2n − 1 exactly, and smooth
 * integrands with error falling geometrically in n. Nodes are the roots of Pₙ, found by Newton's
 * method from Chebyshev-like guesses (Numerical Recipes §4.6, gauleg); weights 2/((1 − x²)Pₙ′(x)²).
 */

export interface QuadratureRule {
  /** Nodes on [−1, 1]. */
  readonly nodes: Float64Array;
  readonly weights: Float64Array;
}

const cache = new Map<number, QuadratureRule>();

export function gaussLegendreRule(n: number): QuadratureRule {
  if (!Number.isInteger(n) || n < 1) throw new Error(`gaussLegendreRule: n must be a positive integer, got ${n}`);
  const cached = cache.get(n);
  if (cached) return cached;
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < Math.ceil(n / 2); i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let derivative = 0;
    for (let step = 0; step < 100; step++) {
      // Pₙ(x) by the three-term recurrence (k+1)P_{k+1} = (2k+1)xP_k − kP_{k−1}.
      let previous = 1;
      let current = x;
      for (let k = 1; k < n; k++) [previous, current] = [current, ((2 * k + 1) * x * current - k * previous) / (k + 1)];
      derivative = (n * (x * current - previous)) / (x * x - 1);
      const delta = current / derivative;
      x -= delta;
      if (Math.abs(delta) < 1e-16) break;
    }
    nodes[i] = -x;
    nodes[n - 1 - i] = x;
    weights[i] = weights[n - 1 - i] = 2 / ((1 - x * x) * derivative * derivative);
  }
  const rule = { nodes, weights };
  cache.set(n, rule);
  return rule;
}

/** ∫ₐᵇ f by the n-point rule on each of `panels` equal sub-intervals. */
export function integrateGaussLegendre(f: (x: number) => number, a: number, b: number, n = 20, panels = 1): number {
  const { nodes, weights } = gaussLegendreRule(n);
  const width = (b - a) / panels;
  let total = 0;
  for (let panel = 0; panel < panels; panel++) {
    const centre = a + (panel + 0.5) * width;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += weights[i] * f(centre + (width / 2) * nodes[i]);
    total += (sum * width) / 2;
  }
  return total;
}
