import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskedSoftmax, maskedSoftmaxVjp } from "../../src/softmax/maskedSoftmax";
import { naiveSoftmax } from "./highPrecision";

/** Logits with a mask of the same length. */
const maskedRow = (limit: number) =>
  fc
    .array(fc.tuple(fc.double({ min: -limit, max: limit, noNaN: true }), fc.boolean()), { minLength: 1, maxLength: 8 })
    .map((pairs) => ({ logits: pairs.map(([x]) => x), keep: pairs.map(([, k]) => k) }));

const close = (actual: number, expected: number, tolerance: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);

describe("maskedSoftmax", () => {
  it("is the 50-digit softmax of the kept logits at kept positions, exactly 0 elsewhere", () => {
    fc.assert(
      fc.property(maskedRow(1000), ({ logits, keep }) => {
        const y = maskedSoftmax(logits, keep);
        const keptIndices = keep.flatMap((k, i) => (k ? [i] : []));
        const expected = keptIndices.length > 0 ? naiveSoftmax(keptIndices.map((i) => logits[i])) : [];
        keep.forEach((k, i) => {
          if (k) close(y[i], expected[keptIndices.indexOf(i)], 1e-13 * expected[keptIndices.indexOf(i)] + 1e-300);
          else expect(y[i]).toBe(0);
        });
      }),
    );
  });

  it("returns all zeros for a fully masked row (where a −∞ fill gives NaN)", () => {
    expect(Array.from(maskedSoftmax([1, 2, 3], [false, false, false]))).toEqual([0, 0, 0]);
  });

  it("ignores what the masked logits hold, even NaN or ±Infinity", () => {
    const keep = [true, false, true, false];
    const reference = maskedSoftmax([0.5, 0, -1, 0], keep);
    for (const filler of [Number.NaN, Infinity, -Infinity, -1e9, 1e300]) {
      expect(Array.from(maskedSoftmax([0.5, filler, -1, filler], keep))).toEqual(Array.from(reference));
    }
  });

  it("rejects a mask of the wrong length", () => {
    expect(() => maskedSoftmax([1, 2], [true])).toThrow(/mask has length 1, expected 2/);
  });
});

describe("maskedSoftmaxVjp", () => {
  it("matches central differences of v·maskedSoftmax(x) and is exactly 0 at masked positions", () => {
    fc.assert(
      fc.property(
        maskedRow(5),
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 8, maxLength: 8 }),
        ({ logits, keep }, upstream) => {
          const v = upstream.slice(0, logits.length);
          const grad = maskedSoftmaxVjp(logits, keep, v);
          const h = 1e-5;
          const objective = (x: number[]) => maskedSoftmax(x, keep).reduce((total, y, i) => total + y * v[i], 0);
          logits.forEach((_, j) => {
            const at = (t: number) => objective(logits.map((x, k) => (k === j ? x + t : x)));
            const difference = (at(h) - at(-h)) / (2 * h);
            if (keep[j]) close(grad[j], difference, 1e-7);
            else expect(grad[j]).toBe(0);
          });
        },
      ),
    );
  });

  it("gives a fully masked row no gradient", () => {
    expect(Array.from(maskedSoftmaxVjp([1, 2], [false, false], [3, -4]))).toEqual([0, 0]);
  });

  it("rejects an upstream gradient of the wrong length", () => {
    expect(() => maskedSoftmaxVjp([1, 2], [true, true], [1])).toThrow(/gradient has length 1, expected 2/);
  });
});
