import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Adam, clipGradientsByGlobalNorm, createOptimizer, globalNorm, Sgd } from "../../src/index";

const vector = fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 6 });
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

describe("clipGradientsByGlobalNorm", () => {
  it("scales to norm maxNorm when above it, keeping the direction, and returns the old norm", () => {
    fc.assert(
      fc.property(vector, vector, fc.double({ min: 0.01, max: 5, noNaN: true }), (a, b, maxNorm) => {
        const grads = [Float64Array.from(a), Float64Array.from(b)];
        const before = grads.map((g) => Float64Array.from(g));
        const norm = globalNorm(before);
        expect(clipGradientsByGlobalNorm(grads, maxNorm)).toBe(norm);
        const after = globalNorm(grads);
        if (norm > maxNorm) expect(after).toBeCloseTo(maxNorm * (norm / (norm + 1e-6)), 9);
        else expect(grads).toEqual(before);
        const scale = norm === 0 ? 1 : after / norm;
        grads.forEach((g, k) => g.forEach((value, i) => expect(value).toBeCloseTo(before[k][i] * scale, 9)));
      }),
    );
  });
});
