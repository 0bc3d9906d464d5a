import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { SELU_ALPHA, SELU_SCALE } from "../../src/activations/selu";
import { gaussianExpectation } from "../../src/math/gaussianExpectation";
import { newtonSystem } from "../../src/math/newtonSystem";

describe("gaussianExpectation", () => {
  it("gives the standard normal's moments E[x²] = 1, E[x⁴] = 3, E[|x|] = √(2/π), E[eˣ] = √e to ~1e−15", () => {
    expect(gaussianExpectation((x) => x * x)).toBeCloseTo(1, 14);
    expect(gaussianExpectation((x) => x ** 4)).toBeCloseTo(3, 14);
    expect(gaussianExpectation(Math.abs)).toBeCloseTo(Math.sqrt(2 / Math.PI), 15);
    expect(gaussianExpectation(Math.exp)).toBeCloseTo(Math.exp(0.5), 14);
  });

  it("gives He's E[relu(z)²] = Var(z)/2 for zero-mean z of any std", () => {
    const relu = activation("relu");
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), (std) => {
        const expected = (std * std) / 2;
        expect(Math.abs(gaussianExpectation((z) => relu.f(z) ** 2, { std }) - expected)).toBeLessThan(1e-13 * expected);
      }),
    );
  });

  it("gives E[X] = μ and E[X²] = μ² + σ² for any mean and std", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 20, noNaN: true }),
        (mean, std) => {
          const secondMoment = mean * mean + std * std;
          expect(Math.abs(gaussianExpectation((x) => x, { mean, std }) - mean)).toBeLessThan(
            1e-12 * (Math.abs(mean) + std),
          );
          expect(Math.abs(gaussianExpectation((x) => x * x, { mean, std }) - secondMoment)).toBeLessThan(
            1e-12 * secondMoment,
          );
        },
      ),
    );
  });

  it("rejects a non-positive std", () => {
    expect(() => gaussianExpectation((x) => x, { std: 0 })).toThrow(/std > 0/);
  });
});

describe("SELU's self-normalising fixed point, solved numerically", () => {
  it("E[selu(z)] = 0 and E[selu(z)²] = 1 for z ~ N(0, 1) give Klambauer et al.'s α and λ to 1e−12", () => {
    const selu = (alpha: number, scale: number) => (z: number) => scale * (z > 0 ? z : alpha * Math.expm1(z));
    const { root, converged } = newtonSystem(
      ([alpha, scale]) => [
        gaussianExpectation(selu(alpha, scale)),
        gaussianExpectation((z) => selu(alpha, scale)(z) ** 2) - 1,
      ],
      [1, 1],
    );
    expect(converged).toBe(true);
    // Published: α = 1.6732632423543772848…, λ = 1.0507009873554804934… (the paper's eq. 14, PyTorch's constants).
    expect(Math.abs(root[0] - 1.6732632423543772)).toBeLessThan(1e-12);
    expect(Math.abs(root[1] - 1.0507009873554805)).toBeLessThan(1e-12);
    expect(SELU_ALPHA).toBe(1.6732632423543772);
    expect(SELU_SCALE).toBe(1.0507009873554805);
  });
});
