import { activationSpecs } from "./registry";
import type { ActivationSpec, ParamSpec, ParamValues } from "./types";
import { createRegistry } from "../util/registry";
import { unknownNameMessage } from "../util/suggest";

/** An activation with its parameters resolved: scalar and vectorised forms of f and f′. */
export interface Activation {
  readonly name: string;
  readonly summary: string;
  /** Resolved parameter values (defaults filled in). */
  readonly params: ParamValues;
  readonly paramSpecs: Readonly<Record<string, ParamSpec>>;
  f(x: number): number;
  df(x: number): number;
  /** ∂f/∂parameter for learnable parameters (PReLU's `weight`). */
  readonly paramGradients: Readonly<Record<string, (x: number) => number>>;
  readonly latex: string;
  readonly derivativeLatex: string;
  /** mathjs expression in x, when the function has one without branches. */
  readonly expression: string | undefined;
  /** Points where f is not differentiable. */
  readonly kinks: readonly number[];
  readonly kinkConvention: string | undefined;
  readonly source: string;
  readonly torch: string;
  /** The notebook that introduces it. */
  readonly notebook: string;
  /** f applied elementwise; writes into `out` when given (it may be `input` itself). */
  forward(input: Float64Array, out?: Float64Array): Float64Array;
  /** Gradient with respect to the input: f′(xᵢ)·gradOutputᵢ (gradOutput defaults to ones). */
  backward(input: Float64Array, gradOutput?: Float64Array, out?: Float64Array): Float64Array;
}

const registry = createRegistry<ActivationSpec>("activation", activationSpecs, (spec) => spec.name);

type RegisteredSpec = (typeof activationSpecs)[number];

/** The name of a registered activation: "relu" | "leaky_relu" | …, read off the registry's list. */
export type ActivationName = RegisteredSpec["name"];

/**
 * The parameters `activation(name, params)` accepts for the activation `N`, each optional (defaults
 * fill the rest), with its own type: `{ alpha?: number }` for "elu", `{ approximate?: "none" | "tanh" }`
 * for "gelu", and no keys at all for "relu". Read off the spec's `f`, so it cannot drift from it.
 */
export type ActivationParams<N extends ActivationName> =
  Extract<RegisteredSpec, { readonly name: N }> extends { f(x: number, params: infer P): number }
    ? keyof P extends never
      ? Readonly<Record<string, never>>
      : { readonly [K in keyof P]?: P[K] }
    : never;

/**
 * What a call accepts as a name: a registered name; or any `string` that is not a literal (a learner's
 * variable, a loop over a list), checked at run time with "did you mean". A string literal that is
 * not registered resolves to `ActivationName`, so `activation("gleu")` fails to compile with
 * "'"gleu"' is not assignable to parameter of type '"relu" | "leaky_relu" | …'".
 */
export type ActivationNameArgument<S extends string> = S extends ActivationName
  ? S
  : string extends S
    ? S
    : ActivationName;

/** The parameters a call accepts for that name: typed for a registered literal, else any record. */
export type ActivationParamsArgument<S extends string> = S extends ActivationName
  ? ActivationParams<S>
  : Readonly<Record<string, unknown>>;

/** The names of all registered activations, in registry order. */
export function activationNames(): string[] {
  return registry.names();
}

/** The raw definition of an activation (parameters unresolved), for tools that list or document them. */
export function activationSpec(name: string): ActivationSpec {
  return registry.get(name);
}

function describeValid(spec: ParamSpec): string {
  if (spec.kind === "choice") return `one of ${spec.choices.map((c) => JSON.stringify(c)).join(", ")}`;
  const bound = spec.min === undefined ? "" : ` ${spec.exclusiveMin ? ">" : "≥"} ${spec.min}`;
  const forbidden = spec.forbidden?.length ? ` and not ${spec.forbidden.join(", ")}` : "";
  return `a finite number${bound}${forbidden}`;
}

function isValid(spec: ParamSpec, value: unknown): boolean {
  if (spec.kind === "choice") return typeof value === "string" && spec.choices.includes(value);
  if (typeof value !== "number" || !Number.isFinite(value)) return false;
  if (spec.min !== undefined && (spec.exclusiveMin ? value <= spec.min : value < spec.min)) return false;
  return !spec.forbidden?.includes(value);
}

/** Fills defaults and validates, throwing an error that names the parameter and what is valid. */
export function resolveParams(spec: ActivationSpec, given: Readonly<Record<string, unknown>> = {}): ParamValues {
  const known = Object.keys(spec.params);
  const resolved: Record<string, number | string> = {};
  for (const key of Object.keys(given)) {
    if (known.includes(key)) continue;
    throw new Error(
      known.length
        ? unknownNameMessage(`parameter of ${spec.name}`, key, known, "valid")
        : `${spec.name} takes no parameters, but was given '${key}'`,
    );
  }
  for (const [key, paramSpec] of Object.entries(spec.params)) {
    const value = given[key] ?? paramSpec.default;
    if (!isValid(paramSpec, value)) {
      throw new Error(
        `${spec.name}: ${key} = ${JSON.stringify(value)} is invalid; expected ${describeValid(paramSpec)} (${paramSpec.description})`,
      );
    }
    resolved[key] = value as number | string;
  }
  const crossProblem = spec.checkParams?.(resolved);
  if (crossProblem !== undefined) throw new Error(`${spec.name}: ${crossProblem}`);
  return Object.freeze(resolved);
}

function checkLengths(what: string, expected: number, actual: number): void {
  if (actual !== expected) throw new Error(`${what} has length ${actual}, expected ${expected} (the input's length)`);
}

/**
 * Looks up an activation by its torch.nn.functional name and binds its parameters.
 * `activation("leaky_relu", { negative_slope: 0.2 }).f(-1) === -0.2`. A literal name or parameter
 * name that is not registered is a compile error; a `string` variable is checked when called.
 */
export function activation<S extends string>(
  name: ActivationNameArgument<S>,
  params?: ActivationParamsArgument<S>,
): Activation;
export function activation(name: string, params?: Readonly<Record<string, unknown>>): Activation {
  const spec = activationSpec(name);
  const resolved = resolveParams(spec, params);
  const f = (x: number): number => spec.f(x, resolved);
  const df = (x: number): number => spec.df(x, resolved);
  const paramGradients: Record<string, (x: number) => number> = {};
  for (const [key, gradient] of Object.entries(spec.paramGradients ?? {})) {
    if (gradient) paramGradients[key] = (x: number) => gradient(x, resolved);
  }
  return {
    name: spec.name,
    summary: spec.summary,
    params: resolved,
    paramSpecs: spec.params,
    f,
    df,
    paramGradients,
    latex: spec.latex(resolved),
    derivativeLatex: spec.derivativeLatex(resolved),
    expression: spec.expression?.(resolved),
    kinks: spec.kinks?.(resolved) ?? [],
    kinkConvention: spec.kinkConvention,
    source: spec.facts.source,
    torch: spec.facts.torch,
    notebook: spec.facts.notebook,
    forward(input, out = new Float64Array(input.length)) {
      checkLengths("out", input.length, out.length);
      if (spec.forwardInto) spec.forwardInto(input, out, resolved);
      else for (let i = 0; i < input.length; i++) out[i] = spec.f(input[i], resolved);
      return out;
    },
    backward(input, gradOutput, out = new Float64Array(input.length)) {
      checkLengths("out", input.length, out.length);
      if (gradOutput !== undefined) checkLengths("gradOutput", input.length, gradOutput.length);
      if (spec.backwardInto) {
        spec.backwardInto(input, gradOutput, out, resolved);
        return out;
      }
      // The generic loops: for an activation without loops of its own.
      if (gradOutput === undefined) {
        for (let i = 0; i < input.length; i++) out[i] = spec.df(input[i], resolved);
        return out;
      }
      for (let i = 0; i < input.length; i++) out[i] = spec.df(input[i], resolved) * gradOutput[i];
      return out;
    },
  };
}
