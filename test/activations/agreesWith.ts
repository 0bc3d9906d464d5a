import fc from "fast-check";
import { expect } from "vitest";
import { activation } from "../../src/activations/activation";

export interface Reference {
  readonly f: (x: number) => number;
  readonly df?: (x: number) => number;
}

/**
 * The registered activation's f (and df) equal a reference written in the test file itself (the
 * formula as PyTorch's documentation states it, or another form of it), within `tolerance`
 * relative to max(1, |reference|), at 200 random x in [−limit, limit].
 */
export function expectAgreesWith(
  name: string,
  params: Readonly<Record<string, unknown>>,
  reference: Reference,
  { limit = 20, tolerance = 1e-14 } = {},
): void {
  const act = activation(name, params);
  const close = (actual: number, expected: number) =>
    Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
  fc.assert(
    fc.property(fc.double({ min: -limit, max: limit, noNaN: true }), (x) => {
      expect(close(act.f(x), reference.f(x)), `f(${x}) = ${act.f(x)}, reference ${reference.f(x)}`).toBe(true);
      if (reference.df === undefined) return;
      expect(close(act.df(x), reference.df(x)), `df(${x}) = ${act.df(x)}, reference ${reference.df(x)}`).toBe(true);
    }),
    { numRuns: 200 },
  );
}
