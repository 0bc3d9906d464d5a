/**
 * mathjs's `derivative` knows a fixed list of functions and erf is not on it, so GELU's exact form
 * x·(1 + erf(x/√2))/2 could not be differentiated. This adds the one rule it lacks,
 * d/dx erf(u) = (2/√π)·e^(−u²)·u′, by the chain rule through a stand-in symbol: with every erf(u)
 * replaced by a symbol E, the expression is F(x, E) and dF/dx = ∂F/∂x + ∂F/∂E · dE/dx.
 */
import type { MathJsInstance, MathNode } from "mathjs";

/** A name no user expression contains, standing for erf(u) while mathjs differentiates. */
const STAND_IN = "erf__standIn";

function erfArguments(m: MathJsInstance, node: MathNode): string[] {
  const found = node.filter((n) => m.isFunctionNode(n) && n.fn.toString() === "erf") as unknown as {
    args: MathNode[];
  }[];
  return [...new Set(found.map((n) => n.args[0].toString()))];
}

/** The derivative of `node` with respect to `variable`, like m.derivative, but also through erf. */
export function derivativeWithErf(m: MathJsInstance, node: MathNode, variable: string): MathNode {
  const insideArguments = erfArguments(m, node);
  if (insideArguments.length === 0) return m.derivative(node, variable);
  if (insideArguments.length > 1) {
    throw new Error(
      `erf appears with ${insideArguments.length} different arguments (${insideArguments.join(", ")}); only one is supported`,
    );
  }
  const inner = m.parse(insideArguments[0]);
  if (erfArguments(m, inner).length > 0) throw new Error("nested erf is not supported");
  const withStandIn = node.transform((n) =>
    m.isFunctionNode(n) && n.fn.toString() === "erf" ? new m.SymbolNode(STAND_IN) : n,
  );
  const partialX = m.derivative(withStandIn, variable);
  const partialErf = m.derivative(withStandIn, STAND_IN);
  const erfSlope = `2 / sqrt(pi) * exp(-(${inner.toString()})^2) * (${m.derivative(inner, variable).toString()})`;
  const total = m.parse(`(${partialX.toString()}) + (${partialErf.toString()}) * ${erfSlope}`);
  return total.transform((n) => (m.isSymbolNode(n) && n.name === STAND_IN ? m.parse(`erf(${inner.toString()})`) : n));
}
