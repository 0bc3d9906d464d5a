import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crossEntropy } from "../../src/softmax/crossEntropy";
import { naiveLogSoftmax, naiveSoftmax } from "./highPrecision";

const logitVector = fc.array(fc.double({ min: -30, max: 30, noNaN: true }), { minLength: 2, maxLength: 6 });

describe("crossEntropy", () => {
  it("matches torch.nn.functional.cross_entropy(tensor([[1., 2., 3.]]), tensor([2]))", () => {
    // −log softmax([1, 2, 3])₂ = log(1 + e⁻¹ + e⁻²)
    expect(crossEntropy([1, 2, 3], 2).loss).toBeCloseTo(0.4076059644443804, 15);
  });

  it("equals −Σ t log softmax(x) in 50-digit arithmetic, for class indices and soft targets", () => {
    fc.assert(
      fc.property(logitVector, fc.nat(), (logits, pick) => {
        const index = pick % logits.length;
        const exactLog = naiveLogSoftmax(logits);
        expect(Math.abs(crossEntropy(logits, index).loss + exactLog[index])).toBeLessThanOrEqual(
          1e-14 * Math.max(1, Math.abs(exactLog[index])),
        );
        const soft = logits.map((_, i) => (i + 1) / ((logits.length * (logits.length + 1)) / 2));
        const exactSoft = -soft.reduce((sum, t, i) => sum + t * exactLog[i], 0);
        expect(Math.abs(crossEntropy(logits, soft).loss - exactSoft)).toBeLessThanOrEqual(
          1e-13 * Math.max(1, Math.abs(exactSoft)),
        );
      }),
    );
  });

  it("has gradient softmax(x) − t, matching a central difference of the loss", () => {
    fc.assert(
      fc.property(logitVector, fc.nat(), (logits, pick) => {
        const index = pick % logits.length;
        const { gradWrtLogits } = crossEntropy(logits, index);
        const probabilities = naiveSoftmax(logits);
        const h = 1e-6;
        logits.forEach((_, j) => {
          const lossAt = (delta: number) =>
            crossEntropy(
              logits.map((x, k) => (k === j ? x + delta : x)),
              index,
            ).loss;
          const numeric = (lossAt(h) - lossAt(-h)) / (2 * h);
          expect(Math.abs(gradWrtLogits[j] - numeric)).toBeLessThan(1e-7);
          expect(Math.abs(gradWrtLogits[j] - (probabilities[j] - (j === index ? 1 : 0)))).toBeLessThan(1e-15);
        });
        // targets summing to 1 give a gradient summing to 0
        expect(Math.abs(gradWrtLogits.reduce((a, b) => a + b, 0))).toBeLessThan(1e-14);
      }),
      { numRuns: 50 },
    );
  });

  it("scales the softmax by the target's mass when it does not sum to 1", () => {
    const { gradWrtLogits } = crossEntropy([0, 0], [2, 0]);
    expect(Array.from(gradWrtLogits)).toEqual([2 * 0.5 - 2, 2 * 0.5]);
  });

  it("costs a large finite loss for a confident wrong answer at |x| = 1000, and 0·log 0 = 0", () => {
    const wrong = crossEntropy([1000, -1000], 1);
    expect(wrong.loss).toBe(2000); // 2000 + log(1 + e⁻²⁰⁰⁰)
    expect(Array.from(wrong.gradWrtLogits)).toEqual([1, -1]);
    expect(crossEntropy([0, -Infinity], [1, 0]).loss).toBe(0);
  });

  it("propagates NaN", () => {
    const result = crossEntropy([0, Number.NaN, 1], 0);
    expect(result.loss).toBeNaN();
    expect(Array.from(result.gradWrtLogits).every(Number.isNaN)).toBe(true);
  });

  it("says what is wrong with a bad target", () => {
    expect(() => crossEntropy([1, 2], 2)).toThrow(/class index 2 is out of range; expected an integer in 0..1/);
    expect(() => crossEntropy([1, 2], 0.5)).toThrow(/class index 0.5/);
    expect(() => crossEntropy([1, 2], [1])).toThrow(/target has length 1, expected 2/);
  });
});
