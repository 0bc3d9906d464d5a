import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mlpParameterGradients } from "../../src/nn/parameterGradients";
import { createMlp, createRng, loss, matrix, mlpBackward, mlpForward } from "../../src/index";

const activations = ["relu", "gelu", "silu", "tanh", "sigmoid", "elu"];
const sameBits = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

describe("mlpParameterGradients", () => {
  it("gives mlpBackward's ∂L/∂W and ∂L/∂b bit for bit, for any widths, activation and batch", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 4 }),
        fc.constantFrom(...activations),
        fc.integer({ min: 1, max: 10 }),
        fc.boolean(),
        fc.nat(),
        (sizes, activation, batch, residual, seed) => {
          const model = createMlp({ sizes, activation, residual, seed });
          const rng = createRng(seed + 1);
          const inputs = matrix(batch, sizes[0], rng.normals(batch * sizes[0]));
          const labels = Int32Array.from({ length: batch }, () => rng.int(sizes.at(-1) as number));
          const cache = mlpForward(model, inputs);
          const output = cache.activations.at(-1) as ReturnType<typeof matrix>;
          const lossName = output.cols === 1 ? "bce_with_logits" : "softmax_cross_entropy";
          const binary = output.cols === 1 ? labels.map(() => rng.int(2)) : labels;
          const { gradWrtOutput } = loss(lossName).compute(output, { labels: binary });
          const fast = mlpParameterGradients(model, cache, gradWrtOutput);
          const plain = mlpBackward(model, cache, gradWrtOutput).layers;
          expect(fast.length).toBe(plain.length);
          fast.forEach((layer, l) => {
            expect(sameBits(layer.weights.data, plain[l].weights.data)).toBe(true);
            expect(sameBits(layer.bias, plain[l].bias)).toBe(true);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it("rejects an output gradient of the wrong shape", () => {
    const model = createMlp({ sizes: [3, 4, 2] });
    const cache = mlpForward(model, matrix(5, 3));
    expect(() => mlpParameterGradients(model, cache, matrix(5, 3))).toThrow(/is 5×3, expected 5×2/);
  });
});
