import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkGradient, createRng, loss, lossNames, matrix, sigmoid } from "../../src/index";

describe("losses", () => {
  it("have gradients that match a numerical gradient", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...lossNames()),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 2, max: 4 }),
        fc.nat(),
        (name, rows, k, seed) => {
          const rng = createRng(seed);
          const cols = name === "bce_with_logits" ? 1 : k;
          const output = matrix(rows, cols, rng.normals(rows * cols, 0, 3));
          const data = {
            labels: Int32Array.from({ length: rows }, () => rng.int(cols === 1 ? 2 : cols)),
            targets: rng.normals(rows * cols),
          };
          const lossFunction = loss(name);
          const report = checkGradient(
            (values) => lossFunction.compute({ ...output, data: values }, data).loss,
            () => lossFunction.compute(output, data).gradWrtOutput.data,
            output.data,
          );
          expect(report.passed, JSON.stringify(report)).toBe(true);
        },
      ),
    );
  });

  it("mse is the mean of squared differences over every entry", () => {
    expect(loss("mse").compute(matrix(2, 1, [1, 3]), { targets: [0, 1] }).loss).toBe((1 + 4) / 2);
  });

  it("bce_with_logits equals −log σ(x) or −log(1 − σ(x)) from the definition, and stays finite at |x| = 800", () => {
    const bce = loss("bce_with_logits");
    for (const x of [-3, -0.5, 0, 2, 7]) {
      expect(bce.compute(matrix(1, 1, [x]), { labels: [1] }).loss).toBeCloseTo(-Math.log(sigmoid(x)), 12);
      expect(bce.compute(matrix(1, 1, [x]), { labels: [0] }).loss).toBeCloseTo(-Math.log(1 - sigmoid(x)), 12);
    }
    expect(bce.compute(matrix(1, 1, [-800]), { labels: [1] }).loss).toBe(800);
    expect(bce.compute(matrix(1, 1, [800]), { labels: [1] }).loss).toBe(0);
    expect(() => bce.compute(matrix(1, 1, [0]), { labels: [2] })).toThrow(/labels must be 0 or 1/);
  });

  it("two-class softmax cross-entropy equals BCE on the logit difference (sigmoid is a two-class softmax)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.constantFrom(0, 1),
        (a, b, label) => {
          const softmaxLoss = loss("softmax_cross_entropy").compute(matrix(1, 2, [a, b]), { labels: [label] }).loss;
          const bceLoss = loss("bce_with_logits").compute(matrix(1, 1, [b - a]), { labels: [label] }).loss;
          expect(softmaxLoss).toBeCloseTo(bceLoss, 9);
        },
      ),
    );
  });

  it("names the valid losses and what is missing", () => {
    expect(() => loss("mse2")).toThrow(/unknown loss 'mse2'; did you mean 'mse'\?/);
    expect(() => loss("mse").compute(matrix(1, 1), {})).toThrow(/mse needs targets/);
  });
});
