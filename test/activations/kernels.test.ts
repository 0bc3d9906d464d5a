import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activation, activationNames, activationSpec, resolveParams } from "../../src/activations/activation";
import type { ParamSpec } from "../../src/activations/types";

/**
 * Each activation's own array loops (`forwardInto`, `backwardInto`) are a speed-up only: they must
 * give exactly what mapping the scalar f and df gives, value for value and bit for bit.
 */

const special = [
  NaN,
  Infinity,
  -Infinity,
  0,
  -0,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e308,
  -1e-310,
];

function paramValue(spec: ParamSpec): fc.Arbitrary<number | string> {
  if (spec.kind === "choice") return fc.constantFrom(...spec.choices);
  const min = spec.min ?? -10;
  return fc.double({ min, max: Math.max(min + 1, 10), noNaN: true }).filter((v) => !(spec.exclusiveMin && v === min));
}

/** Valid parameters for `name`: random within each parameter's range, filtered by the spec's cross checks. */
function validParams(name: string): fc.Arbitrary<Record<string, number | string>> {
  const spec = activationSpec(name);
  const shape = Object.fromEntries(Object.entries(spec.params).map(([key, p]) => [key, paramValue(p)]));
  return fc.record(shape).filter((given) => {
    try {
      resolveParams(spec, given);
      return true;
    } catch {
      return false;
    }
  });
}

/** Inputs that mix ordinary values, specials, and each kink with its neighbours one ulp away. */
function inputs(kinks: readonly number[]): fc.Arbitrary<Float64Array> {
  const nearKinks = kinks.flatMap((k) => [k, -k, k + Math.abs(k) * 2 ** -52, k - Math.abs(k) * 2 ** -52]);
  const value = fc.oneof(fc.double(), fc.double({ min: -40, max: 40 }), fc.constantFrom(...special, ...nearKinks));
  return fc.array(value, { maxLength: 64 }).map((values) => Float64Array.from(values));
}

/** toEqual tells −0 from +0 and takes NaN as equal to NaN: the bit-for-bit comparison wanted here. */
const sameBits = (actual: Float64Array, expected: number[]): void => expect(Array.from(actual)).toEqual(expected);

describe.each(activationNames())("%s's array loops equal its scalar f and df", (name) => {
  it("forward and backward (with and without gradOutput, in place too) match f and df·g", () => {
    const args = validParams(name).chain((params) => {
      const kinks = activation(name, params).kinks;
      return fc.tuple(fc.constant(params), inputs(kinks), fc.double());
    });
    fc.assert(
      fc.property(args, ([params, input, scale]) => {
        const act = activation(name, params);
        const gradOutput = input.map((x, i) => (i % 3 === 0 ? scale : x * scale));
        sameBits(act.forward(input), Array.from(input, act.f));
        sameBits(act.backward(input), Array.from(input, act.df));
        sameBits(
          act.backward(input, gradOutput),
          Array.from(input, (x, i) => act.df(x) * gradOutput[i]),
        );
        sameBits(act.forward(input, Float64Array.from(input)), Array.from(input, act.f));
        const inPlace = Float64Array.from(input);
        sameBits(act.forward(inPlace, inPlace), Array.from(input, act.f));
      }),
      { numRuns: 200 },
    );
  });
});

describe("every activation has its own loops", () => {
  it.each(activationNames())("%s defines forwardInto and backwardInto", (name) => {
    expect(typeof activationSpec(name).forwardInto).toBe("function");
    expect(typeof activationSpec(name).backwardInto).toBe("function");
  });
});
