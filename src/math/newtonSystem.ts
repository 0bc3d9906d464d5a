/**
 * Newton's method for n equations in n unknowns, F(x) = 0: solve J·Δ = −F(x), x ← x + Δ. The Jacobian
 * defaults to central differences, which is enough: an inexact J slows convergence but does not
 * move the root, since the iteration stops only where F itself is (nearly) zero.
 */
import { numericJacobian } from "../numerics/gradcheck";
import type { Matrix } from "../linear/matrix";
import { solveLinear } from "../linear/solveLinear";
import type { NewtonOptions } from "./newton";

export interface NewtonSystemOptions extends NewtonOptions {
  /** The Jacobian ∂Fᵢ/∂xⱼ; central differences when omitted. */
  readonly jacobian?: (x: Float64Array) => Matrix;
}

export interface NewtonSystemResult {
  readonly root: Float64Array;
  readonly converged: boolean;
  readonly iterations: number;
  /** Every iterate with the residual F there, starting at x0. */
  readonly history: readonly { readonly x: Float64Array; readonly residual: Float64Array }[];
}

export function newtonSystem(
  equations: (x: Float64Array) => ArrayLike<number>,
  x0: ArrayLike<number>,
  { tolerance = 1e-12, maxIterations = 50, jacobian }: NewtonSystemOptions = {},
): NewtonSystemResult {
  const jacobianAt = jacobian ?? ((x: Float64Array) => numericJacobian(equations, x));
  const history: { x: Float64Array; residual: Float64Array }[] = [];
  let x = Float64Array.from(x0);
  for (let iteration = 0; ; iteration++) {
    const residual = Float64Array.from(equations(x));
    if (residual.length !== x.length) {
      throw new Error(`newtonSystem: ${residual.length} equations for ${x.length} unknowns; need as many as unknowns`);
    }
    history.push({ x, residual });
    if (iteration >= maxIterations) return { root: x, converged: false, iterations: iteration, history };
    const step = solveLinear(
      jacobianAt(x),
      residual.map((value) => -value),
    );
    x = x.map((value, i) => value + step[i]);
    const small = step.every((delta, i) => Math.abs(delta) <= tolerance * Math.max(1, Math.abs(x[i])));
    if (small) {
      history.push({ x, residual: Float64Array.from(equations(x)) });
      return { root: x, converged: true, iterations: iteration + 1, history };
    }
  }
}
