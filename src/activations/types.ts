/** A numeric parameter: its default, the valid range, and what it means. */
export interface NumberParamSpec {
  readonly kind: "number";
  readonly default: number;
  readonly description: string;
  /** Smallest valid value, if bounded below. */
  readonly min?: number;
  /** Whether `min` itself is excluded (e.g. a β that must be strictly positive). */
  readonly exclusiveMin?: boolean;
  /** Values that are never valid (e.g. CELU's α = 0 divides by zero). */
  readonly forbidden?: readonly number[];
}

/** A parameter that takes one of a few named values (GELU's `approximate`). */
export interface ChoiceParamSpec {
  readonly kind: "choice";
  readonly default: string;
  readonly description: string;
  readonly choices: readonly string[];
}

export type ParamSpec = NumberParamSpec | ChoiceParamSpec;

/** Resolved parameter values, keyed by the torch.nn.functional argument name. */
export type ParamValues = Readonly<Record<string, number | string>>;

/** Where an activation comes from, for the references a notebook cites. */
export interface ActivationFacts {
  /** The paper or source that introduced it, with year. */
  readonly source: string;
  /** The equivalent PyTorch call. */
  readonly torch: string;
  /** The notebook that introduces it (a test checks that the notebook names it). */
  readonly notebook: string;
}

/** ∂f/∂θ as a function of x. Written through a method type so it is bivariant in P, like f and df. */
export type ParamGradient<P> = { gradient(x: number, params: P): number }["gradient"];

/**
 * One activation, defined once: the formula and its derivative side by side, the LaTeX a reader
 * checks them against, and the mathjs expression a machine differentiates. `f` and `df` take the
 * resolved parameters; they use method syntax so a spec with a narrower parameter type still fits
 * the registry's list.
 *
 * Every activation file declares its `f` and `df` as constants above the spec, so that the spec's
 * scalar functions and its array loops (`forwardInto`, `backwardInto`, whose comment says why each
 * file has loops of its own) call the very same two functions.
 *
 * `N` is the name as a literal type and `P` the parameters: the registry's list keeps both, so
 * `ActivationName` and `ActivationParams<N>` (activation.ts) come from the list itself.
 */
export interface ActivationSpec<P extends ParamValues = ParamValues, N extends string = string> {
  readonly name: N;
  readonly summary: string;
  readonly params: { readonly [K in keyof P]: ParamSpec };
  f(x: number, params: P): number;
  /** Analytic derivative; at a kink it returns the value PyTorch's autograd uses (see `kinkConvention`). */
  df(x: number, params: P): number;
  /**
   * f over a whole array, as a loop written in the activation's own file. The generic loop in
   * activation.ts calls every activation's `f` through one call site, which V8 stops inlining once
   * it has seen a handful of activations; a loop of its own lets V8 inline `f` (several times faster
   * on 1e6 values, see `npm run bench`). It must equal `f` value for value, bit for bit:
   * test/activations/kernels.test.ts checks every activation, NaN, ±Infinity, −0 and kinks included.
   */
  forwardInto?(input: Float64Array, out: Float64Array, params: P): void;
  /** out[i] = df(input[i])·gradOutput[i], or df(input[i]) when gradOutput is undefined, as a loop (see forwardInto). */
  backwardInto?(input: Float64Array, gradOutput: Float64Array | undefined, out: Float64Array, params: P): void;
  /** Partial derivatives with respect to learnable parameters (PReLU's weight). */
  readonly paramGradients?: { readonly [K in keyof P]?: ParamGradient<P> };
  latex(params: P): string;
  derivativeLatex(params: P): string;
  /** A mathjs expression in `x`, for activations mathjs can express without piecewise branches. */
  expression?(params: P): string;
  /** Points where f is not differentiable, for given parameters. */
  kinks?(params: P): number[];
  /** Which one-sided derivative `df` returns at each kink, and why. */
  readonly kinkConvention?: string;
  /** Checks that span several parameters (hardtanh's min_val < max_val); returns the problem, if any. */
  checkParams?(params: P): string | undefined;
  readonly facts: ActivationFacts;
}

/**
 * Identity function for specs: checks one file's spec against its own parameter type (inferred from
 * `f`, or `{}` for none) and keeps its name as a literal type.
 */
export function defineActivation<N extends string, P extends ParamValues = Record<never, never>>(
  spec: ActivationSpec<P, N>,
): ActivationSpec<P, N> {
  return spec;
}
