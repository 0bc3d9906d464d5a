import { describe, expect, it } from "vitest";
import { fromRows, type Matrix } from "../../src/linear/matrix";
import { createMlp, type Mlp } from "../../src/nn/mlp";
import { scaleLayer } from "../../src/nn/scaleLayer";
import { trainingSnapshot } from "../../src/nn/trainingSnapshot";

const inputs = fromRows([
  [0.3, -1.2],
  [1.5, 0.4],
  [-0.7, 0.9],
  [0.2, 0.1],
  [-1.4, -0.6],
]);
const labels = [0, 2, 1, 1, 0];
const data = { inputs, labels };

/** Mean softmax cross-entropy of the layers from `first` on, applied to `a` (tanh hidden, identity last), written out. */
function lossFrom(model: Mlp, first: number, a: Matrix): number {
  let rows = Array.from({ length: a.rows }, (_, r) => Array.from(a.data.subarray(r * a.cols, (r + 1) * a.cols)));
  model.layers.slice(first).forEach((layer, k) => {
    const { weights, bias } = layer;
    const last = first + k === model.layers.length - 1;
    rows = rows.map((row) =>
      Array.from(bias, (b, j) => {
        const z = row.reduce((sum, x, i) => sum + x * weights.data[i * weights.cols + j], b);
        return last ? z : Math.tanh(z);
      }),
    );
  });
  const losses = rows.map((logits, r) => Math.log(logits.reduce((s, z) => s + Math.exp(z), 0)) - logits[labels[r]]);
  return losses.reduce((s, v) => s + v, 0) / losses.length;
}

describe("trainingSnapshot", () => {
  const model = createMlp({ sizes: [2, 4, 3, 3], activation: "tanh", seed: 7 });
  const snapshot = trainingSnapshot(model, data);

  it("gives each hidden layer's ∂L/∂a, matching a central difference of the loss written out above it", () => {
    for (const { layer, activations, gradients } of snapshot.layers) {
      const cols = model.sizes[layer];
      activations.forEach((_, i) => {
        const moved = (h: number) => {
          const copy = Float64Array.from(activations);
          copy[i] += h;
          return lossFrom(model, layer, { rows: inputs.rows, cols, data: copy });
        };
        const difference = (moved(1e-5) - moved(-1e-5)) / 2e-5;
        expect(Math.abs(gradients[i] - difference)).toBeLessThan(1e-8);
      });
    }
  });

  it("reports the loss of the model, and ln C for a last layer scaled to zero, whatever the rest", () => {
    expect(snapshot.loss).toBeCloseTo(lossFrom(model, 0, inputs), 12);
    for (const seed of [1, 2, 3]) {
      const silent = scaleLayer(createMlp({ sizes: [2, 6, 5], activation: "relu", seed }), -1, 0);
      const { loss, layers } = trainingSnapshot(silent, { inputs, labels: [0, 4, 1, 3, 2] });
      expect(loss).toBeCloseTo(Math.log(5), 14);
      expect(layers[0].gradients.every((g) => g === 0)).toBe(true); // W_last = 0 sends nothing down
    }
  });

  it("counts tanh's saturated pairs from the outputs, |1 − a²| < threshold, and never a dead smooth unit", () => {
    const steep = scaleLayer(model, 0, 6);
    for (const threshold of [0.05, 0.3]) {
      const [first] = trainingSnapshot(steep, data, { saturationThreshold: threshold }).layers;
      const counted = first.activations.filter((a) => 1 - a * a < threshold).length;
      expect(first.saturatedFraction).toBeCloseTo(counted / first.activations.length, 12);
      expect(first.saturatedFraction).toBeGreaterThan(0);
      expect(first.deadFraction).toBe(0);
    }
  });

  it("counts ReLU units that are 0 on every sample as dead, and leaves the model unchanged", () => {
    const relu = createMlp({ sizes: [2, 8, 2], activation: "relu", seed: 3 });
    relu.layers[0].bias.fill(-100); // every unit's z < 0 on these inputs
    relu.layers[0].bias[0] = 100;
    const before = Array.from(relu.layers[0].weights.data);
    const [hidden] = trainingSnapshot(relu, { inputs, labels: [0, 1, 1, 0, 1] }).layers;
    expect(hidden.deadFraction).toBe(7 / 8);
    expect(Array.from(relu.layers[0].weights.data)).toEqual(before);
  });
});
