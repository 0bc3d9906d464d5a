/**
 * A GLU feed-forward block (Shazeer 2020) on a batch with one example per row:
 *   A = xW + b (gate pre-activation), G = act(A), U = xV + c (linear value), H = G ⊙ U, y = H·W₂.
 * Backward, with Γ = ∂L/∂y:  ∂W₂ = Hᵀ·Γ, ∂H = Γ·W₂ᵀ, ∂U = ∂H ⊙ G, ∂A = ∂H ⊙ U ⊙ act′(A),
 *   ∂W = xᵀ·∂A, ∂b = 1ᵀ∂A, ∂V = xᵀ·∂U, ∂c = 1ᵀ∂U, ∂x = ∂A·Wᵀ + ∂U·Vᵀ (x feeds both branches).
 * Which branch carries the activation, and why it does not matter: see gluVariants.ts.
 */
import { activation, type Activation } from "../activations/activation";
import { matmul, matrix, transpose, type Matrix } from "../linear/matrix";
import { addToRows, hadamard, mapData, sumRows } from "../linear/batch";
import type { Rng } from "../numerics/random";
import { createRegistry } from "../util/registry";
import { gluVariants, type GluVariant } from "./gluVariants";

export interface GluParams {
  /** dModel × dHidden, the gated branch. */
  readonly w: Matrix;
  readonly b: Float64Array;
  /** dModel × dHidden, the linear branch. */
  readonly v: Matrix;
  readonly c: Float64Array;
  /** dHidden × dOut, the output projection (no bias, as in the paper). */
  readonly w2: Matrix;
}

export interface GluGradients extends GluParams {
  readonly x: Matrix;
}

const variants = createRegistry("GLU variant", gluVariants, (variant) => variant.name);

/** The variant's definition, e.g. gluVariant("swiglu").activation === "silu". */
export function gluVariant(name: string): GluVariant {
  return variants.get(name);
}

function gateActivation(name: string): Activation {
  const variant = gluVariant(name);
  return activation(variant.activation, variant.activationParams);
}

function checkShapes(params: GluParams, input: Matrix): void {
  const { w, b, v, c, w2 } = params;
  const problems = [
    input.cols !== w.rows && `input has ${input.cols} columns but w has ${w.rows} rows`,
    (v.rows !== w.rows || v.cols !== w.cols) &&
      `v is ${v.rows}×${v.cols} but w is ${w.rows}×${w.cols}; they must match`,
    b.length !== w.cols && `b has length ${b.length} but w has ${w.cols} columns`,
    c.length !== v.cols && `c has length ${c.length} but v has ${v.cols} columns`,
    w2.rows !== w.cols && `w2 has ${w2.rows} rows but the hidden size is ${w.cols}`,
  ].filter(Boolean);
  if (problems.length) throw new Error(`glu: ${problems.join("; ")}`);
}

function forwardParts(act: Activation, params: GluParams, input: Matrix) {
  const gatePre = addToRows(matmul(input, params.w), params.b);
  const gate = mapData(gatePre, (a) => act.forward(a));
  const value = addToRows(matmul(input, params.v), params.c);
  return { gatePre, gate, value, hidden: hadamard(gate, value) };
}

/** (act(xW + b) ⊗ (xV + c))·W₂ for the named variant: glu, bilinear, reglu, geglu, swiglu. */
export function gluForward(variantName: string, params: GluParams, input: Matrix): Matrix {
  checkShapes(params, input);
  return matmul(forwardParts(gateActivation(variantName), params, input).hidden, params.w2);
}

/** Gradients of L with respect to x, W, b, V, c and W₂, given gradOutput = ∂L/∂y. */
export function gluBackward(variantName: string, params: GluParams, input: Matrix, gradOutput: Matrix): GluGradients {
  checkShapes(params, input);
  const act = gateActivation(variantName);
  const { gatePre, gate, value, hidden } = forwardParts(act, params, input);
  const gradHidden = matmul(gradOutput, transpose(params.w2));
  const gradValue = hadamard(gradHidden, gate);
  const gradGatePre = hadamard(
    hadamard(gradHidden, value),
    mapData(gatePre, (a) => act.backward(a)),
  );
  const gradInputViaGate = matmul(gradGatePre, transpose(params.w));
  const gradInputViaValue = matmul(gradValue, transpose(params.v));
  return {
    x: { ...gradInputViaGate, data: gradInputViaGate.data.map((g, i) => g + gradInputViaValue.data[i]) },
    w: matmul(transpose(input), gradGatePre),
    b: sumRows(gradGatePre),
    v: matmul(transpose(input), gradValue),
    c: sumRows(gradValue),
    w2: matmul(transpose(hidden), gradOutput),
  };
}

/** Zero biases, N(0, 1/fanIn) weights (see randomFeedForwardParams). */
export function randomGluParams(rng: Rng, dModel: number, dHidden: number, dOut = dModel): GluParams {
  const projection = (): Matrix => matrix(dModel, dHidden, rng.normals(dModel * dHidden, 0, 1 / Math.sqrt(dModel)));
  return {
    w: projection(),
    b: new Float64Array(dHidden),
    v: projection(),
    c: new Float64Array(dHidden),
    w2: matrix(dHidden, dOut, rng.normals(dHidden * dOut, 0, 1 / Math.sqrt(dHidden))),
  };
}
