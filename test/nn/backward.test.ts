import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mlpParameterGradients } from "../../src/nn/backward";
import {
  checkGradient,
  createMlp,
  createRng,
  loss,
  matrix,
  mlpBackward,
  mlpForward,
  parameterArrays,
  type Matrix,
  type Mlp,
} from "../../src/index";

// Smooth activations and ones with kinks; random weights make a pre-activation within a finite-difference
// step of a kink vanishingly unlikely.
const activations = [
  "tanh",
  "sigmoid",
  "gelu",
  "silu",
  "softplus",
  "mish",
  "elu",
  "selu",
  "relu",
  "leaky_relu",
  "identity",
];

interface Problem {
  readonly model: Mlp;
  readonly inputs: Matrix;
  readonly lossName: string;
  readonly labels: Int32Array;
  readonly targets: Float64Array;
}

const problem = fc
  .record({
    hidden: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 0, maxLength: 3 }),
    inputWidth: fc.integer({ min: 1, max: 3 }),
    activation: fc.constantFrom(...activations),
    outputActivation: fc.constantFrom("identity", "tanh"),
    lossName: fc.constantFrom("mse", "bce_with_logits", "softmax_cross_entropy"),
    outputWidth: fc.integer({ min: 2, max: 3 }),
    batch: fc.integer({ min: 1, max: 4 }),
    residual: fc.boolean(),
    seed: fc.nat(),
  })
  .map((spec): Problem => {
    const outputWidth = spec.lossName === "bce_with_logits" ? 1 : spec.outputWidth;
    const model = createMlp({
      sizes: [spec.inputWidth, ...spec.hidden, outputWidth],
      activation: spec.activation,
      outputActivation: spec.outputActivation,
      init: "xavier_normal",
      seed: spec.seed,
      residual: spec.residual,
    });
    const rng = createRng(spec.seed + 1);
    // Non-zero biases, so the check also covers ∂L/∂b away from the all-zero start.
    for (const layer of model.layers) layer.bias.set(rng.normals(layer.bias.length, 0, 0.5));
    const classes = spec.lossName === "bce_with_logits" ? 2 : outputWidth;
    return {
      model,
      inputs: matrix(spec.batch, spec.inputWidth, rng.normals(spec.batch * spec.inputWidth)),
      lossName: spec.lossName,
      labels: Int32Array.from({ length: spec.batch }, () => rng.int(classes)),
      targets: rng.normals(spec.batch * outputWidth),
    };
  });

function lossOf({ model, inputs, lossName, labels, targets }: Problem, data = inputs): number {
  const { activations } = mlpForward(model, data);
  return loss(lossName).compute(activations[activations.length - 1], { labels, targets }).loss;
}

function gradients(p: Problem) {
  const cache = mlpForward(p.model, p.inputs);
  const output = cache.activations[cache.activations.length - 1];
  return mlpBackward(p.model, cache, loss(p.lossName).compute(output, p).gradWrtOutput);
}

describe("mlpBackward", () => {
  it("matches a numerical gradient for every weight and bias, on random small nets", () => {
    fc.assert(
      fc.property(problem, (p) => {
        const params = parameterArrays(p.model);
        const flat = Float64Array.from(params.flatMap((array) => Array.from(array)));
        const setParams = (values: Float64Array) => {
          let offset = 0;
          for (const array of params) {
            array.set(values.subarray(offset, offset + array.length));
            offset += array.length;
          }
        };
        const analytic = gradients(p).layers.flatMap((layer) => [...layer.weights.data, ...layer.bias]);
        const report = checkGradient(
          (values) => {
            setParams(values);
            return lossOf(p);
          },
          () => analytic,
          flat,
          1e-6,
        );
        setParams(flat);
        expect(report.passed, JSON.stringify(report)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("matches a numerical gradient with respect to the inputs", () => {
    fc.assert(
      fc.property(problem, (p) => {
        const analytic = gradients(p).gradWrtInputs[0].data;
        const report = checkGradient(
          (values) => lossOf(p, { ...p.inputs, data: values }),
          () => analytic,
          p.inputs.data,
        );
        expect(report.passed, JSON.stringify(report)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("gives a gradient for every layer's input, shaped like that input", () => {
    const p = fc.sample(problem, { numRuns: 1, seed: 42 })[0];
    const result = gradients(p);
    expect(result.gradWrtInputs.length).toBe(p.model.layers.length);
    result.gradWrtInputs.forEach((gradient, l) => {
      const input = l === 0 ? p.inputs : mlpForward(p.model, p.inputs).activations[l - 1];
      expect([gradient.rows, gradient.cols]).toEqual([input.rows, input.cols]);
    });
  });

  it("rejects an output gradient of the wrong shape", () => {
    const model = createMlp({ sizes: [2, 3, 1] });
    const cache = mlpForward(model, matrix(4, 2));
    expect(() => mlpBackward(model, cache, matrix(4, 2))).toThrow(/gradWrtOutput is 4×2, expected 4×1/);
  });
});

const parameterActivations = ["relu", "gelu", "silu", "tanh", "sigmoid", "elu"];
const sameBits = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

describe("mlpParameterGradients (a training step: no gradient w.r.t. the data)", () => {
  it("gives mlpBackward's ∂L/∂W and ∂L/∂b bit for bit, for any widths, activation and batch", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 4 }),
        fc.constantFrom(...parameterActivations),
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
