import { describe, expect, it } from "vitest";
import { makeCurve } from "../../src/datasets/curve";

describe("makeCurve", () => {
  it("samples n sorted points of the curve on its range, n×1", () => {
    const data = makeCurve({ n: 60, noise: 0, f: (x) => x * x, range: [-2, 1], seed: 9 });
    expect([data.inputs.rows, data.inputs.cols, data.targets.length]).toEqual([60, 1, 60]);
    const xs = Array.from(data.inputs.data);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs.every((x) => x >= -2 && x < 1)).toBe(true);
    xs.forEach((x, i) => expect(data.targets[i]).toBe(x * x));
  });

  it("adds noise with the requested standard deviation", () => {
    const data = makeCurve({ n: 20_000, noise: 0.5, seed: 2 });
    const residuals = Array.from(data.inputs.data, (x, i) => data.targets[i] - Math.sin(x));
    const rms = Math.sqrt(residuals.reduce((sum, r) => sum + r * r, 0) / residuals.length);
    expect(Math.abs(rms / 0.5 - 1)).toBeLessThan(0.03);
  });

  it("is deterministic per seed", () => {
    expect(makeCurve({ seed: 1 })).toEqual(makeCurve({ seed: 1 }));
    expect(() => makeCurve({ range: [1, 1] })).toThrow(/low < high/);
  });
});
