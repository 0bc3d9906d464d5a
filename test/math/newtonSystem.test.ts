import { describe, expect, it } from "vitest";
import { newtonSystem } from "../../src/math/newtonSystem";

describe("newtonSystem", () => {
  it("solves the circle–line intersection x² + y² = 1, y = x at (1/√2, 1/√2), Jacobian numeric or given", () => {
    const equations = ([x, y]: Float64Array) => [x * x + y * y - 1, y - x];
    for (const result of [
      newtonSystem(equations, [1, 0.5]),
      newtonSystem(equations, [1, 0.5], {
        jacobian: ([x, y]) => ({ rows: 2, cols: 2, data: Float64Array.of(2 * x, 2 * y, -1, 1) }),
      }),
    ]) {
      expect(result.converged).toBe(true);
      expect(result.root[0]).toBeCloseTo(Math.SQRT1_2, 15);
      expect(result.root[1]).toBeCloseTo(Math.SQRT1_2, 15);
    }
  });

  it("refuses a system with more equations than unknowns", () => {
    expect(() => newtonSystem(([x]) => [x, x], [1])).toThrow(/2 equations for 1 unknowns/);
  });
});
