import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClassificationData } from "../../src/datasets/types";

/** The claims every classification generator makes (shape, balance, seeding, errors), for its own test file. */
export function describeClassificationGenerator(
  name: string,
  generate: (options: { n: number; seed: number; noise?: number }) => ClassificationData,
): void {
  describe(name, () => {
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
}

function classCounts(data: ClassificationData): number[] {
  const counts = new Array<number>(data.classes).fill(0);
  for (const label of data.labels) counts[label]++;
  return counts;
}

/** Point i of an n×2 data set. */
export const row = (data: ClassificationData, i: number): [number, number] => [
  data.inputs.data[2 * i],
  data.inputs.data[2 * i + 1],
];
