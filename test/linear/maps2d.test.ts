import { describe, expect, it } from "vitest";
import { matmul, toRows } from "../../src/linear/matrix";
import { gridPoints, transformPoints } from "../../src/linear/grid";
import { linearMap2d, linearMaps2d } from "../../src/linear/maps2d";
import { rank } from "../../src/linear/singularValues";

const determinant = (name: string, params = {}) => {
  const [[a, b], [c, d]] = toRows(linearMap2d(name, params));
  return a * d - b * c;
};

describe("named linear maps of the plane", () => {
  it("have the determinants their geometry demands: rotation and shear keep area, reflection flips, projection flattens", () => {
    expect(determinant("rotation", { angle: 1.2 })).toBeCloseTo(1, 15);
    expect(determinant("shear", { k: 3 })).toBe(1);
    expect(determinant("reflection", { angle: 0.3 })).toBeCloseTo(-1, 15);
    expect(determinant("projection", { angle: 0.7 })).toBeCloseTo(0, 15);
    expect(determinant("scaling", { sx: 2, sy: 3 })).toBe(6);
  });

  it("rotation by π/2 sends (1, 0) to (0, 1); a projection and a reflection are idempotent / involutive", () => {
    const turned = transformPoints(
      linearMap2d("rotation", { angle: Math.PI / 2 }),
      gridPoints({ min: 0, max: 1, steps: 2 }),
    );
    expect(toRows(turned)[1].map((v) => Math.round(v * 1e12) / 1e12)).toEqual([0, 1]); // the point (1, 0)
    for (const [name, square] of [
      ["projection", "projection"],
      ["reflection", "identity"],
    ]) {
      // prettier-ignore
      const m = linearMap2d(name, { angle: 0.4 });
      const twice = matmul(m, m);
      const expected = square === "identity" ? [1, 0, 0, 1] : Array.from(m.data);
      twice.data.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 14));
    }
    expect(rank(linearMap2d("projection"))).toBe(1);
  });

  it("every registered map builds from its defaults; unknown names and parameters get a suggestion", () => {
    for (const map of linearMaps2d) expect(linearMap2d(map.name).rows).toBe(2);
    expect(() => linearMap2d("rotaton")).toThrow(/did you mean 'rotation'\?/);
    expect(() => linearMap2d("shear", { kk: 1 })).toThrow(/did you mean 'k'\?/);
  });
});
