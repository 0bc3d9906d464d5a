import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { activation, activationNames, activationSymbolicDerivative, centralDifference } from "../../src/index";
import type { ActivationName, ActivationParams } from "../../src/index";

const names = activationNames();
const finiteInput = fc.double({ min: -30, max: 30, noNaN: true });

/**
 * Far enough from every kink that a central difference does not straddle one. 0 is always avoided:
 * ELU, CELU and softsign are C¹ there but their second derivative jumps, which makes the central
 * difference's error O(h) instead of O(h²).
 */
function awayFromKinks(kinks: readonly number[], x: number): boolean {
  return [...kinks, 0].every((kink) => Math.abs(x - kink) > 1e-3 * Math.max(1, Math.abs(x)));
}

describe("the registry", () => {
  it("lists every torch.nn.functional name the course relies on", () => {
    const required = [
      "relu",
      "leaky_relu",
      "prelu",
      "relu6",
      "elu",
      "selu",
      "celu",
      "gelu",
      "quick_gelu",
      "silu",
      "swish",
      "hardswish",
      "hardsigmoid",
      "hardtanh",
      "mish",
      "softplus",
      "softsign",
      "sigmoid",
      "tanh",
      "logsigmoid",
      "tanhshrink",
      "softshrink",
      "hardshrink",
      "identity",
    ];
    // the list itself, in order: a name listed twice (or missing) fails here
    expect(names).toEqual(required);
  });

  it("gives the compiler the same names and parameter types as the run-time registry", () => {
    // Checked by tsc (npm test's type stage): a wrong type here is a compile error.
    expectTypeOf<ActivationParams<"elu">>().toEqualTypeOf<{ readonly alpha?: number }>();
    expectTypeOf<ActivationParams<"gelu">>().toEqualTypeOf<{ readonly approximate?: "none" | "tanh" }>();
    expectTypeOf<ActivationParams<"hardtanh">>().toEqualTypeOf<{
      readonly min_val?: number;
      readonly max_val?: number;
    }>();
    expectTypeOf<"gleu">().not.toExtend<ActivationName>();
    // and at run time, every compile-time name is registered: the list below type-checks as ActivationName[]
    const typed: ActivationName[] = ["relu", "leaky_relu", "gelu", "quick_gelu", "identity"];
    for (const name of typed) expect(names).toContain(name);
  });

  it("suggests the closest name for a typo and lists the valid ones", () => {
    const learnersName: string = "gleu"; // a string variable compiles and is checked at run time
    expect(() => activation(learnersName)).toThrow(/unknown activation 'gleu'; did you mean 'gelu'\? known: relu,/);
    // @ts-expect-error a literal typo does not compile (tsc in npm test fails if this line compiles)
    expect(() => activation("gleu")).toThrow(/did you mean 'gelu'/);
  });

  it("rejects unknown and invalid parameters with what is valid", () => {
    // @ts-expect-error unknown parameter name (the compiler says "Did you mean to write 'alpha'?")
    expect(() => activation("elu", { alhpa: 2 })).toThrow(/did you mean 'alpha'\? valid: alpha/);
    // @ts-expect-error relu takes no parameters
    expect(() => activation("relu", { alpha: 2 })).toThrow(/relu takes no parameters/);
    expect(() => activation("softplus", { beta: 0 })).toThrow(/beta = 0 is invalid; expected a finite number > 0/);
    // @ts-expect-error not one of GELU's choices
    expect(() => activation("gelu", { approximate: "erf" })).toThrow(/one of "none", "tanh"/);
    const untyped: Record<string, unknown> = { approximate: "erf" }; // e.g. read from a learner's table
    expect(() => activation("gelu" as string, untyped)).toThrow(/one of "none", "tanh"/);
    expect(() => activation("celu", { alpha: 0 })).toThrow(/not 0/);
    expect(() => activation("hardtanh", { min_val: 1, max_val: -1 })).toThrow(
      /min_val \(1\) must be less than max_val/,
    );
  });

  it("fills defaults following torch.nn.functional", () => {
    expect(activation("leaky_relu").params).toEqual({ negative_slope: 0.01 });
    expect(activation("softplus").params).toEqual({ beta: 1, threshold: 20 });
    expect(activation("hardtanh").params).toEqual({ min_val: -1, max_val: 1 });
    expect(activation("gelu").params).toEqual({ approximate: "none" });
    expect(activation("softshrink").params).toEqual({ lambd: 0.5 });
  });
});

describe.each(names)("%s", (name) => {
  const act = activation(name);

  it("df agrees with a central difference of f away from kinks", () => {
    fc.assert(
      fc.property(finiteInput, (x) => {
        fc.pre(awayFromKinks(act.kinks, x));
        const numeric = centralDifference(act.f, x);
        expect(Math.abs(act.df(x) - numeric)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(numeric)));
      }),
      { numRuns: 300 },
    );
  });

  it("stays finite on [-1e4, 1e4] and propagates NaN", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), (x) => {
        expect(Number.isFinite(act.f(x))).toBe(true);
        expect(Number.isFinite(act.df(x))).toBe(true);
      }),
    );
    expect(act.f(NaN)).toBeNaN();
    expect(act.df(NaN)).toBeNaN();
  });

  it("forward and backward match f and df elementwise", () => {
    const xs = Float64Array.from({ length: 41 }, (_, i) => -10 + i * 0.5);
    const upstream = xs.map((_, i) => (i % 3) - 1);
    expect(Array.from(act.forward(xs))).toEqual(Array.from(xs, act.f));
    expect(Array.from(act.backward(xs, upstream))).toEqual(Array.from(xs, (x, i) => act.df(x) * upstream[i]));
    expect(() => act.backward(xs, new Float64Array(3))).toThrow(/gradOutput has length 3, expected 41/);
  });

  if (act.expression !== undefined && !act.expression.includes("erf")) {
    it("the mathjs symbolic derivative agrees numerically with df", () => {
      const symbolic = activationSymbolicDerivative(name);
      for (let x = -6; x <= 6; x += 0.37) {
        if (!awayFromKinks([], x)) continue; // mathjs writes |x|' as |x|/x, undefined at 0
        expect(symbolic.evaluate(x)).toBeCloseTo(act.df(x), 10);
      }
    });
  }
});
