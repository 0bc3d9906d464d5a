import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromRows, matrix } from "../../src/linear/matrix";
import { numericGradient } from "../../src/numerics/gradcheck";
import {
  checkEpsilon,
  featureVector,
  scaleShift,
  scaleShiftBackward,
  standardizeRows,
  standardizeRowsBackward,
} from "../../src/norm/standardize";
import { matrixArbitrary, spreadRows } from "./normTestKit";

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const rows = (m: { rows: number; cols: number; data: Float64Array }) =>
  Array.from({ length: m.rows }, (_, r) => Array.from(m.data.slice(r * m.cols, (r + 1) * m.cols)));

describe("standardizeRows: x̂ = (x − μ)/√(σ² + ε) row by row", () => {
  it("gives each row mean 0 and variance 1 with ε = 0, and its μ and 1/σ by the formula", () => {
    fc.assert(
      fc.property(matrixArbitrary(3, 5).filter(spreadRows), (x) => {
        const { normalized, mean: mu, inverseStd } = standardizeRows(x, 0);
        rows(x).forEach((row, r) => {
          const m = mean(row);
          const variance = mean(row.map((v) => (v - m) ** 2)); // population variance, ÷ n
          expect(mu[r]).toBeCloseTo(m, 12);
          expect(inverseStd[r] * Math.sqrt(variance)).toBeCloseTo(1, 12);
          const out = rows(normalized)[r];
          expect(Math.abs(mean(out))).toBeLessThan(1e-12);
          expect(mean(out.map((v) => v * v))).toBeCloseTo(1, 10);
        });
      }),
    );
  });

  it("with ε > 0 the variance comes out as σ²/(σ² + ε), just under 1", () => {
    const x = fromRows([[0.01, -0.02, 0.03, 0]]); // σ² = 3.5e-4, comparable with ε
    const row = Array.from(x.data);
    const variance = mean(row.map((v) => (v - mean(row)) ** 2));
    for (const eps of [1e-5, 1e-4, 1e-3]) {
      const out = Array.from(standardizeRows(x, eps).normalized.data);
      expect(mean(out.map((v) => v * v))).toBeCloseTo(variance / (variance + eps), 12);
    }
  });

  it("maps a constant row to zeros when ε > 0 (no division by zero)", () => {
    const { normalized, inverseStd } = standardizeRows(fromRows([[2, 2, 2]]), 1e-5);
    expect(Array.from(normalized.data)).toEqual([0, 0, 0]);
    expect(inverseStd[0]).toBeCloseTo(1 / Math.sqrt(1e-5), 6);
  });

  it("rejects a negative, NaN or infinite ε with a message naming the caller", () => {
    for (const eps of [-1e-5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => checkEpsilon("layerNorm", eps)).toThrow(/layerNorm: eps must be a finite number ≥ 0/);
    }
    expect(() => checkEpsilon("layerNorm", 0)).not.toThrow();
  });
});

describe("standardizeRowsBackward", () => {
  it("matches central differences of L = Σ G ⊙ x̂", () => {
    const x = fromRows([
      [0.3, -1.2, 2, 0.7],
      [1.5, 1.4, -0.2, 3],
    ]);
    const g = fromRows([
      [1, -0.5, 0.25, 2],
      [-1, 0.3, 0.8, -0.4],
    ]);
    const loss = (data: Float64Array) =>
      standardizeRows(matrix(2, 4, data), 1e-5).normalized.data.reduce((s, v, i) => s + v * g.data[i], 0);
    const analytic = standardizeRowsBackward(g, standardizeRows(x, 1e-5)).data;
    const numeric = numericGradient(loss, x.data);
    analytic.forEach((value, i) => expect(Math.abs(value - numeric[i])).toBeLessThan(1e-8));
  });
});

describe("the per-feature scale and shift", () => {
  it("y = γ ⊙ x̂ + β by column, and its gradients are sums over the rows", () => {
    const xHat = fromRows([
      [1, 2],
      [3, 4],
    ]);
    const y = scaleShift(xHat, Float64Array.from([2, -1]), Float64Array.from([0.5, 1]));
    expect(Array.from(y.data)).toEqual([2.5, -1, 6.5, -3]);
    const grads = scaleShiftBackward(
      fromRows([
        [1, 1],
        [2, -1],
      ]),
      xHat,
      Float64Array.from([2, -1]),
    );
    expect(Array.from(grads.gradNormalized.data)).toEqual([2, -1, 4, 1]);
    expect(Array.from(grads.gradGamma)).toEqual([1 + 6, 2 - 4]);
    expect(Array.from(grads.gradBeta)).toEqual([3, 0]);
  });

  it("fills a missing γ or β and rejects one of the wrong length", () => {
    expect(Array.from(featureVector("layerNorm", "gamma", undefined, 3, 1))).toEqual([1, 1, 1]);
    expect(() => featureVector("layerNorm", "gamma", [1, 2], 3, 1)).toThrow(
      "layerNorm: gamma has 2 entries but the input has 3 features (columns)",
    );
  });
});
