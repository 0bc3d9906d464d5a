import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { newton } from "../../src/math/newton";

describe("newton", () => {
  it("finds √a as the root of x² − a from x0 = a + 1, for any a > 0, with the iterates recorded", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (a) => {
        const result = newton(
          (x) => x * x - a,
          (x) => 2 * x,
          a + 1,
        );
        expect(result.converged).toBe(true);
        expect(result.root).toBeCloseTo(Math.sqrt(a), Math.max(0, 12 - Math.ceil(Math.log10(a) / 2)));
        expect(result.history[0].x).toBe(a + 1);
        expect(result.history.at(-1)?.x).toBe(result.root);
      }),
    );
  });

  it("finds cos x = x (the Dottie number 0.739085133215160…) with a numeric derivative", () => {
    const result = newton((x) => Math.cos(x) - x, "numeric", 1);
    expect(result.root).toBeCloseTo(0.7390851332151607, 15);
  });

  it("finds Swish's minimum at x* = −1 − W(1/e) = −1.27846454276107379… as the root of SiLU′, using a numeric SiLU″", () => {
    const silu = activation("silu");
    const minimum = newton(silu.df, "numeric", -1);
    expect(minimum.converged).toBe(true);
    expect(minimum.root).toBeCloseTo(-1.2784645427610737, 13); // W(1/e) = 0.2784645427610737951… (Lambert W)
    expect(silu.f(minimum.root)).toBeCloseTo(-0.2784645427610738, 14); // f(x*) = x* + 1 = −W(1/e)
  });

  it("stops with a reason instead of dividing by a zero derivative, and when it runs out of iterations", () => {
    expect(
      newton(
        (x) => x * x + 1,
        (x) => 2 * x,
        0,
      ).reason,
    ).toMatch(/derivative is zero/);
    const slow = newton(
      (x) => Math.atan(x),
      (x) => 1 / (1 + x * x),
      3,
      { maxIterations: 5 },
    ); // diverges from 3
    expect(slow.converged).toBe(false);
  });
});
