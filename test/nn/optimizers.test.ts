import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Adam, createOptimizer, globalNorm, Sgd } from "../../src/index";

const nonZeroVector = fc.array(
  fc
    .tuple(fc.double({ min: 1e-3, max: 10, noNaN: true }), fc.boolean())
    .map(([size, negative]) => (negative ? -size : size)),
  { minLength: 1, maxLength: 6 },
);

describe("optimisers", () => {
  it("plain SGD steps θ − η·g", () => {
    const param = Float64Array.from([1, -2]);
    new Sgd(0.1).step([param], [Float64Array.from([3, 4])]);
    expect(Array.from(param)).toEqual([1 - 0.1 * 3, -2 - 0.1 * 4]);
  });

  it("SGD with momentum μ accumulates v = μv + g", () => {
    const param = Float64Array.from([0]);
    const sgd = new Sgd(1, 0.9);
    sgd.step([param], [Float64Array.from([1])]);
    sgd.step([param], [Float64Array.from([1])]);
    expect(param[0]).toBeCloseTo(-(1 + (0.9 + 1)), 15);
  });

  it("Adam's first step moves every parameter by η·sign(g) (Kingma & Ba 2015, §3)", () => {
    fc.assert(
      fc.property(nonZeroVector, (gradient) => {
        const param = new Float64Array(gradient.length);
        new Adam(0.01).step([param], [Float64Array.from(gradient)]);
        param.forEach((p, i) => expect(p).toBeCloseTo(-0.01 * Math.sign(gradient[i]), 6));
      }),
    );
  });

  it("both minimise a convex quadratic", () => {
    for (const optimizer of [
      createOptimizer("sgd", { learningRate: 0.1, momentum: 0.5 }),
      createOptimizer("adam", { learningRate: 0.1 }),
    ]) {
      const param = Float64Array.from([3, -4]);
      for (let step = 0; step < 500; step++)
        optimizer.step([param], [Float64Array.from(param, (p, i) => 2 * (i + 1) * p)]);
      expect(globalNorm([param])).toBeLessThan(1e-3);
    }
  });

  it("reject bad settings and mismatched shapes with a message", () => {
    expect(() => createOptimizer("adamw", { learningRate: 0.1 })).toThrow(
      /unknown optimizer 'adamw'; did you mean 'adam'\?/,
    );
    expect(() => new Sgd(0)).toThrow(/learningRate must be a finite number > 0/);
    expect(() => new Sgd(0.1, 1)).toThrow(/momentum must be in \[0, 1\)/);
    expect(() => new Sgd(0.1).step([new Float64Array(2)], [new Float64Array(3)])).toThrow(/do not match/);
  });
});
