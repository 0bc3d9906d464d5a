import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gridBetween, linspace } from "../../src/verify/grid";

describe("gridBetween", () => {
  it("gives count midpoints of equal cells: inside the range, evenly spaced, never on an end", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 300 }),
        (low, width, count) => {
          const grid = gridBetween(low, low + width, count);
          const step = width / count;
          expect(grid).toHaveLength(count);
          expect(grid[0]).toBeCloseTo(low + step / 2, 10);
          expect(grid[count - 1]).toBeCloseTo(low + width - step / 2, 10);
          grid.slice(1).forEach((x, i) => expect(x - grid[i]).toBeCloseTo(step, 10));
        },
      ),
    );
  });

  it("misses the round numbers where kinks sit (0 and 6 for ReLU6)", () => {
    const grid = gridBetween(-8, 8);
    expect(grid).not.toContain(0);
    expect(grid).not.toContain(6);
  });

  it("rejects an empty range and a count that is not a positive whole number", () => {
    expect(() => gridBetween(1, 1)).toThrow("gridBetween: need finite low < high, got [1, 1]");
    expect(() => gridBetween(0, 1, 2.5)).toThrow("gridBetween: count must be a whole number ≥ 1, got 2.5");
  });
});

describe("linspace", () => {
  it("includes both ends exactly, like numpy.linspace", () => {
    expect(linspace(-10, 10, 401)[0]).toBe(-10);
    expect(linspace(-10, 10, 401)[400]).toBe(10);
    expect(linspace(-10, 10, 401)[200]).toBe(0);
    expect(linspace(0, 1, 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it("needs at least two points", () => {
    expect(() => linspace(0, 1, 1)).toThrow("linspace: count must be a whole number ≥ 2, got 1");
  });
});
