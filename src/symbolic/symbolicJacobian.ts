import type { Matrix } from "../linear/matrix";
import { math } from "./symbolicDerivative";

export interface SymbolicJacobian {
  readonly outputs: readonly string[];
  readonly variables: readonly string[];
  /** entries[i][j] = ∂outputs[i]/∂variables[j], differentiated and simplified by mathjs. */
  readonly entries: readonly (readonly string[])[];
  readonly entriesLatex: readonly (readonly string[])[];
  /** The Jacobian at a point (one value per variable, in order): rows = outputs, columns = variables. */
  evaluate(point: ArrayLike<number>): Matrix;
}

/**
 * The Jacobian of several mathjs expressions in several variables, entry by entry with mathjs's
 * `derivative` + `simplify`: the machine's derivation of a vector function (softmax, a gate), to set
 * beside the hand formula and a finite-difference Jacobian. Each entry costs a simplify (tens of ms).
 *
 * @example symbolicJacobian(["exp(a) / (exp(a) + exp(b))"], ["a", "b"]).evaluate([1, 2])
 */
export function symbolicJacobian(outputs: readonly string[], variables: readonly string[]): SymbolicJacobian {
  if (outputs.length === 0 || variables.length === 0) {
    throw new Error(
      `symbolicJacobian needs at least one output and one variable, got ${outputs.length} and ${variables.length}`,
    );
  }
  const m = math();
  const nodes = outputs.map((output) => {
    const parsed = m.parse(output);
    return variables.map((variable) => {
      try {
        return m.simplify(m.derivative(parsed, variable));
      } catch (error) {
        throw new Error(`mathjs cannot differentiate '${output}' by ${variable}: ${(error as Error).message}`);
      }
    });
  });
  const compiled = nodes.map((row) => row.map((node) => node.compile()));
  return {
    outputs,
    variables,
    entries: nodes.map((row) => row.map((node) => node.toString())),
    entriesLatex: nodes.map((row) => row.map((node) => node.toTex())),
    evaluate(point) {
      if (point.length !== variables.length) {
        throw new Error(
          `symbolicJacobian: got ${point.length} values for ${variables.length} variables (${variables.join(", ")})`,
        );
      }
      const scope = Object.fromEntries(variables.map((variable, j) => [variable, point[j]]));
      const data = Float64Array.from(compiled.flatMap((row) => row.map((entry) => Number(entry.evaluate(scope)))));
      return { rows: outputs.length, cols: variables.length, data };
    },
  };
}
