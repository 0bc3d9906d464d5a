import { describe, expect, it } from "vitest";
import { fromRows, type Matrix } from "../../src/linear/matrix";
import { normalization, normalizationNames } from "../../src/norm/registry";

// 3 samples × 4 features, columns and rows with different means and scales.
const batch = fromRows([
  [1, -2, 0.5, 4],
  [3, 0, -1.5, 2],
  [-2, 5, 2.5, 1],
]);
const rowOf = (m: Matrix, r: number) => Array.from(m.data.slice(r * m.cols, (r + 1) * m.cols));
const columnOf = (m: Matrix, c: number) => Array.from({ length: m.rows }, (_, r) => m.data[r * m.cols + c]);
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
// (x − μ)/√(σ² + ε) written out, population variance, PyTorch's ε.
const standardised = (v: number[]) => {
  const mu = mean(v);
  const variance = mean(v.map((x) => (x - mu) ** 2));
  return v.map((x) => (x - mu) / Math.sqrt(variance + 1e-5));
};
const closeTo = (actual: number[], expected: number[]) =>
  actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 12));
const withRowChanged = (m: Matrix, r: number): Matrix => {
  const data = Float64Array.from(m.data);
  for (let c = 0; c < m.cols; c++) data[r * m.cols + c] = 10 * data[r * m.cols + c] + 7;
  return { rows: m.rows, cols: m.cols, data };
};

describe("the normalisation registry", () => {
  it("lists the four normalisations by their torch-style names, in list order", () => {
    expect(normalizationNames()).toEqual(["batch_norm", "layer_norm", "rms_norm", "dyt"]);
  });

  it("looks each name up to the entry of that name", () => {
    for (const name of normalizationNames()) expect(normalization(name).name).toBe(name);
  });

  it("batch_norm standardises each column, layer_norm each row (γ = 1, β = 0, ε = 1e-5)", () => {
    const byColumn = normalization("batch_norm").forward(batch);
    for (let c = 0; c < batch.cols; c++) closeTo(columnOf(byColumn, c), standardised(columnOf(batch, c)));
    const byRow = normalization("layer_norm").forward(batch);
    for (let r = 0; r < batch.rows; r++) closeTo(rowOf(byRow, r), standardised(rowOf(batch, r)));
  });

  it("rms_norm divides each row by √(mean x² + ε), ε = 1e-6 as LLaMA; dyt is tanh(0.5 x)", () => {
    const rms = normalization("rms_norm").forward(batch);
    for (let r = 0; r < batch.rows; r++) {
      const row = rowOf(batch, r);
      const scale = Math.sqrt(mean(row.map((x) => x * x)) + 1e-6);
      closeTo(
        rowOf(rms, r),
        row.map((x) => x / scale),
      );
    }
    closeTo(
      Array.from(normalization("dyt").forward(batch).data),
      Array.from(batch.data, (x) => Math.tanh(0.5 * x)),
    );
  });

  it("says truly which values an output depends on: changing row 0 moves row 1 only for 'batch'", () => {
    const changed = withRowChanged(batch, 0);
    for (const name of normalizationNames()) {
      const { forward, statisticsOver } = normalization(name);
      const moved = rowOf(forward(changed), 1).some((y, c) => Math.abs(y - rowOf(forward(batch), 1)[c]) > 1e-9);
      expect(moved, name).toBe(statisticsOver === "batch");
    }
  });

  it("rejects an unknown name with the closest known one and the full list", () => {
    expect(() => normalization("layernorm")).toThrow(
      "unknown normalization 'layernorm'; did you mean 'layer_norm'? known: batch_norm, layer_norm, rms_norm, dyt",
    );
    expect(() => normalization("softmax")).toThrow(/unknown normalization 'softmax'; known: batch_norm/);
  });
});
