import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clipGradientsByGlobalNorm, globalNorm } from "../../src/nn/clip";

const vector = fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 6 });

describe("globalNorm", () => {
  it("is the Euclidean norm of all arrays joined: ‖(3, 4), (12)‖ = 13", () => {
    expect(globalNorm([[3, 4], [12]])).toBe(13);
    expect(globalNorm([])).toBe(0);
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
