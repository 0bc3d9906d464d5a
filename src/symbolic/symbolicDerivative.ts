import type { MathJsInstance } from "mathjs";
import { activation } from "../activations/activation";
import type { ActivationNameArgument, ActivationParamsArgument } from "../activations/activation";
import { derivativeWithErf } from "./erfRule";

let mathInstance: MathJsInstance | undefined;

/**
 * mathjs takes a noticeable time to load; most users of the core (a grading child process, a benchmark) never
 * differentiate symbolically, so it is required on first use rather than at import.
 */
export function math(): MathJsInstance {
  if (mathInstance === undefined) {
    // The single-file bundle loads in ~0.2 s; the package's CommonJS entry resolves hundreds of
    // modules and takes ~2 s, which a learner would feel in the first symbolic cell.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberate lazy load, see above
    const mathjs = require("mathjs/lib/browser/math.js") as typeof import("mathjs");
    mathInstance = mathjs.create(mathjs.all);
  }
  return mathInstance;
}

export interface SymbolicDerivative {
  /** The expression that was differentiated. */
  readonly expression: string;
  /** Its derivative with respect to `variable`, simplified by mathjs. */
  readonly derivative: string;
  readonly expressionLatex: string;
  readonly derivativeLatex: string;
  /** Evaluates the derivative at a point. */
  evaluate(x: number): number;
}

/**
 * Differentiates a mathjs expression in one variable with mathjs's `derivative` and `simplify`,
 * so a notebook can put the machine's derivation beside the hand one.
 */
export function symbolicDerivative(expression: string, variable = "x"): SymbolicDerivative {
  const m = math();
  const parsed = m.parse(expression);
  let derivativeNode;
  try {
    derivativeNode = m.simplify(derivativeWithErf(m, parsed, variable));
  } catch (error) {
    throw new Error(`mathjs cannot differentiate '${expression}': ${(error as Error).message}`);
  }
  const compiled = derivativeNode.compile();
  return {
    expression,
    derivative: derivativeNode.toString(),
    expressionLatex: parsed.toTex(),
    derivativeLatex: derivativeNode.toTex(),
    evaluate: (x: number) => Number(compiled.evaluate({ [variable]: x })),
  };
}

/** Evaluates a mathjs expression in `variable` at a point (for checking a typed formula numerically). */
export function evaluateExpression(expression: string, x: number, variable = "x"): number {
  return Number(math().evaluate(expression, { [variable]: x }));
}

/** The symbolic derivative of a registered activation's mathjs expression (names typed as in `activation`). */
export function activationSymbolicDerivative<S extends string>(
  name: ActivationNameArgument<S>,
  params?: ActivationParamsArgument<S>,
): SymbolicDerivative;
export function activationSymbolicDerivative(
  name: string,
  params?: Readonly<Record<string, unknown>>,
): SymbolicDerivative {
  const bound = activation(name, params);
  if (bound.expression === undefined) {
    throw new Error(
      `activation '${name}' is piecewise and has no mathjs expression; compare its df with a finite difference instead`,
    );
  }
  return symbolicDerivative(bound.expression);
}

/**
 * Whether mathjs can show two expressions equal (it simplifies their difference to 0). `false` means
 * "not shown", not "different": mathjs's simplifier is incomplete, so a grid check must decide.
 */
export function symbolicallyEqual(expression: string, other: string): boolean {
  const m = math();
  return m.symbolicEqual(m.parse(expression), m.parse(other));
}
