import { describe, expect, it } from "vitest";
import { createMlp, dataBounds, evaluateGrid, makeXor, matrix, predict } from "../../src/index";

const xor = makeXor({ n: 200, seed: 1 });

describe("evaluateGrid", () => {
  it("returns the model's output at (xs[j], ys[i]) in z[i][j]", () => {
    const model = createMlp({ sizes: [2, 5, 1], activation: "tanh", seed: 10 });
    const grid = evaluateGrid(model, { x: [-1, 2], y: [0, 1], resolution: 7 });
    expect([grid.xs.length, grid.ys.length, grid.z.length, grid.z[0].length]).toEqual([7, 7, 7, 7]);
    expect([grid.xs[0], grid.xs[6], grid.ys[0], grid.ys[6]]).toEqual([-1, 2, 0, 1]);
    expect(grid.z[2][5]).toBeCloseTo(predict(model, matrix(1, 2, [grid.xs[5], grid.ys[2]])).data[0], 12);
  });

  it("gives the class for k outputs, and dataBounds pads the data's box", () => {
    const model = createMlp({ sizes: [2, 5, 3], seed: 11 });
    const grid = evaluateGrid(model, { ...dataBounds(xor.inputs), resolution: 5 });
    expect(grid.z.flat().every((c) => [0, 1, 2].includes(c))).toBe(true);
    expect(dataBounds(matrix(2, 2, [0, 1, 2, 3]), 0.5)).toEqual({ x: [-0.5, 2.5], y: [0.5, 3.5] });
  });
});
