import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeCircles, makeCurve, makeMoons, makeSpirals, makeXor, type ClassificationData } from "../../src/index";

const generators: [string, (options: { n: number; seed: number; noise?: number }) => ClassificationData][] = [
  ["makeXor", makeXor],
  ["makeCircles", makeCircles],
  ["makeMoons", makeMoons],
  ["makeSpirals", makeSpirals],
  ["makeSpirals (5 arms)", (options) => makeSpirals({ ...options, arms: 5 })],
];

function classCounts(data: ClassificationData): number[] {
  const counts = new Array<number>(data.classes).fill(0);
  for (const label of data.labels) counts[label]++;
  return counts;
}

const row = (data: ClassificationData, i: number): [number, number] => [
  data.inputs.data[2 * i],
  data.inputs.data[2 * i + 1],
];

describe.each(generators)("%s", (_, generate) => {
  it("returns n×2 inputs and n labels, balanced to within one point per class", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.nat(), (n, seed) => {
        const data = generate({ n, seed });
        expect([data.inputs.rows, data.inputs.cols, data.inputs.data.length, data.labels.length]).toEqual([
          n,
          2,
          2 * n,
          n,
        ]);
        const counts = classCounts(data);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        expect(data.inputs.data.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it("is deterministic per seed and differs between seeds", () => {
    expect(generate({ n: 50, seed: 3 })).toEqual(generate({ n: 50, seed: 3 }));
    expect(generate({ n: 50, seed: 3 }).inputs.data).not.toEqual(generate({ n: 50, seed: 4 }).inputs.data);
  });

  it("rejects a non-positive n and negative noise with a message", () => {
    expect(() => generate({ n: 0, seed: 0 })).toThrow(/n must be a positive integer, got 0/);
    expect(() => generate({ n: 10, seed: 0, noise: -1 })).toThrow(/noise must be a finite number ≥ 0/);
  });
});

describe("the datasets' geometry (noise 0)", () => {
  it("xor: points sit at (±1, ±1), class 1 exactly where the signs differ", () => {
    const data = makeXor({ n: 40, noise: 0 });
    data.labels.forEach((label, i) => {
      const [x, y] = row(data, i);
      expect([Math.abs(x), Math.abs(y)]).toEqual([1, 1]);
      expect(label).toBe(Math.sign(x) === Math.sign(y) ? 0 : 1);
    });
  });

  it("circles: class 0 on the unit circle, class 1 on radius factor", () => {
    const data = makeCircles({ n: 40, noise: 0, factor: 0.3 });
    data.labels.forEach((label, i) => expect(Math.hypot(...row(data, i))).toBeCloseTo(label === 0 ? 1 : 0.3, 12));
  });

  it("moons: class 0 on the upper unit half circle, class 1 on it turned and shifted by (1, −0.5)", () => {
    const data = makeMoons({ n: 40, noise: 0 });
    data.labels.forEach((label, i) => {
      const [x, y] = row(data, i);
      const [cx, cy] = label === 0 ? [0, 0] : [1, 0.5];
      expect(Math.hypot(x - cx, y - cy)).toBeCloseTo(1, 12);
      expect(label === 0 ? y >= 0 : y <= 0.5).toBe(true);
    });
  });

  it("spirals: arm j at radius r has angle 2πj/k + 4r", () => {
    const arms = 4;
    const data = makeSpirals({ n: 40, noise: 0, arms });
    data.labels.forEach((arm, i) => {
      const [x, y] = row(data, i);
      const radius = Math.hypot(x, y);
      const angle = (2 * Math.PI * arm) / arms + 4 * radius;
      expect(radius).toBeLessThan(1);
      expect(x).toBeCloseTo(radius * Math.cos(angle), 12);
      expect(y).toBeCloseTo(radius * Math.sin(angle), 12);
    });
  });
});

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
