import { describe, expect, it } from "vitest";
import { sampleScalars, sampleVectors } from "../../src/exercises/sampleScalars";

describe("sampleScalars", () => {
  it("gives the same cases for the same seed", () => {
    expect(sampleScalars(7, 20, -3, 3)).toEqual(sampleScalars(7, 20, -3, 3));
  });

  it("gives different cases for different seeds", () => {
    expect(sampleScalars(7, 20, -3, 3)).not.toEqual(sampleScalars(8, 20, -3, 3));
  });

  it("gives `count` one-number cases inside [low, high], rounded to 4 decimals", () => {
    const cases = sampleScalars(1, 200, 2, 5);
    expect(cases).toHaveLength(200);
    for (const c of cases) {
      expect(c).toHaveLength(1);
      const x = c[0] as number;
      expect(x).toBeGreaterThanOrEqual(2);
      expect(x).toBeLessThanOrEqual(5);
      expect(Math.abs(x * 1e4 - Math.round(x * 1e4))).toBeLessThan(1e-6);
    }
    // spread over the range, not stuck at one end
    const xs = cases.map((c) => c[0] as number);
    expect(Math.min(...xs)).toBeLessThan(2.5);
    expect(Math.max(...xs)).toBeGreaterThan(4.5);
  });
});

describe("sampleVectors", () => {
  it("gives reproducible vectors of the asked length", () => {
    const cases = sampleVectors(3, 5, 4, 2);
    expect(cases).toEqual(sampleVectors(3, 5, 4, 2));
    expect(cases.map((c) => (c[0] as number[]).length)).toEqual([4, 4, 4, 4, 4]);
  });
});
