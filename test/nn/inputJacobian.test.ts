import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareGradients,
  createMlp,
  createRng,
  inputJacobian,
  layerJacobian,
  matVec,
  mlpBackward,
  mlpForward,
  numericJacobian,
  predict,
  transpose,
} from "../../src/index";

const smooth = ["tanh", "sigmoid", "gelu", "selu", "silu"];

describe("inputJacobian: backpropagation as a product of layer Jacobians", () => {
  it("equals the finite-difference Jacobian of the whole network (with and without residual layers)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...smooth),
        fc.boolean(),
        fc.integer({ min: 0, max: 1000 }),
        (activation, residual, seed) => {
          const model = createMlp({ sizes: [3, 4, 4, 2], activation, residual, seed });
          const x = createRng(seed + 1).normals(3);
          const numeric = numericJacobian((v) => predict(model, { rows: 1, cols: 3, data: v }).data, x);
          const { product } = inputJacobian(model, x);
          expect([product.rows, product.cols]).toEqual([2, 3]);
          expect(compareGradients(product.data, numeric.data, 1e-6).passed).toBe(true);
        },
      ),
      { numRuns: 20 },
    );
  });

  it("gives vᵀJ equal to the input gradient of the backward pass", () => {
    const model = createMlp({ sizes: [5, 6, 6, 3], activation: "tanh", seed: 1 });
    const rng = createRng(2);
    const x = rng.normals(5);
    const upstream = rng.normals(3);
    const cache = mlpForward(model, { rows: 1, cols: 5, data: x });
    const backprop = mlpBackward(model, cache, { rows: 1, cols: 3, data: upstream });
    const vectorJacobian = matVec(transpose(inputJacobian(model, x).product), upstream);
    expect(compareGradients(vectorJacobian, backprop.gradWrtInputs[0].data, 1e-12).passed).toBe(true);
  });

  it("is diag(f′(z))·Wᵀ for a ReLU layer: rows of inactive units are zero", () => {
    const model = createMlp({ sizes: [2, 3], activation: "relu", outputActivation: "relu", seed: 0 });
    const layer = model.layers[0];
    layer.weights.data.set([1, -1, 2, 0, 1, -3]);
    const jacobian = layerJacobian(layer, [1, 1]); // z = [1, 0, -1]: only unit 0 is active (relu'(0) = 0)
    expect(Array.from(jacobian.data, (entry) => entry + 0)).toEqual([1, 0, 0, 0, 0, 0]); // + 0 turns −0 into 0
  });

  it("names the problem when the input has the wrong length", () => {
    const model = createMlp({ sizes: [2, 3], seed: 0 });
    expect(() => layerJacobian(model.layers[0], [1, 2, 3])).toThrow(/takes 2 inputs, got a vector of length 3/);
  });
});
