import { describe, expect, it } from "vitest";
import {
  cloneMlp,
  createMlp,
  dataBounds,
  evaluateGrid,
  makeCurve,
  makeSpirals,
  makeXor,
  matrix,
  mlpForward,
  predict,
  predictClasses,
  train,
} from "../../src/index";

const xor = makeXor({ n: 200, seed: 1 });

describe("train", () => {
  it("learns XOR with ReLU (≥ 95%) while the same net without a nonlinearity stays near chance", () => {
    const options = { epochs: 300, learningRate: 0.01, seed: 2 };
    const relu = train(createMlp({ sizes: [2, 16, 16, 1], activation: "relu", seed: 1 }), xor, options);
    const linear = train(createMlp({ sizes: [2, 16, 16, 1], activation: "identity", seed: 1 }), xor, options);
    expect(relu.accuracy?.at(-1)).toBeGreaterThanOrEqual(0.95);
    // A linear classifier can get at most 3 of XOR's 4 clusters; here it cannot beat chance by much.
    expect(linear.accuracy?.at(-1)).toBeLessThan(0.65);
    expect(linear.loss.at(-1)).toBeGreaterThan(0.6); // log 2 ≈ 0.693 is the loss of a coin flip
  });

  // Its speed (~0.45 s for this run) is a benchmark's business (npm run bench), not a unit test's.
  it("is deterministic given the seeds", () => {
    const model = createMlp({ sizes: [2, 16, 16, 1], seed: 3 });
    const first = train(model, xor, { epochs: 300, learningRate: 0.01, seed: 4 });
    const second = train(createMlp({ sizes: [2, 16, 16, 1], seed: 3 }), xor, {
      epochs: 300,
      learningRate: 0.01,
      seed: 4,
    });
    expect(second.loss).toEqual(first.loss);
  });

  it("trains k-class spirals with softmax cross-entropy and SGD with momentum", () => {
    const spirals = makeSpirals({ n: 150, arms: 3, seed: 5 });
    const model = createMlp({ sizes: [2, 32, 32, 3], activation: "tanh", seed: 5 });
    const history = train(model, spirals, { epochs: 150, learningRate: 0.1, optimizer: "sgd", momentum: 0.9 });
    expect(history.loss.at(-1)).toBeLessThan(history.loss[0] / 2);
    expect(history.accuracy?.at(-1)).toBeGreaterThan(0.8);
    expect(predictClasses(model, spirals.inputs).every((c) => c >= 0 && c < 3)).toBe(true);
  });

  it("fits a 1-D curve with MSE and reports no accuracy", () => {
    const curve = makeCurve({ n: 100, seed: 6 });
    const history = train(createMlp({ sizes: [1, 16, 1], seed: 6 }), curve, { epochs: 200, learningRate: 0.02 });
    expect(history.accuracy).toBeUndefined();
    expect(history.loss.at(-1)).toBeLessThan(0.05); // sin on [−3, 3] has variance ≈ 0.5; noise variance 0.01
  });

  it("records per-layer statistics and calls onEpoch with each record", () => {
    const seen: number[] = [];
    const model = createMlp({ sizes: [2, 8, 8, 1], seed: 7 });
    const history = train(model, xor, {
      epochs: 5,
      learningRate: 0.01,
      layerStatistics: true,
      onEpoch: (record) => seen.push(record.epoch),
    });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    const layers = history.epochs[4].layers ?? [];
    expect(layers.length).toBe(3);
    // The last epoch's record describes the trained model on the whole data set: recount it here.
    // For ReLU (hidden layers) flat means z ≤ 0, dead means z ≤ 0 on every sample; the identity
    // output layer has neither.
    const { preActivations } = mlpForward(model, xor.inputs);
    layers.forEach((layer, l) => {
      const z = preActivations[l];
      const isReluLayer = l < 2;
      const flat = isReluLayer ? z.data.filter((value) => value <= 0).length : 0;
      let dead = 0;
      for (let unit = 0; isReluLayer && unit < z.cols; unit++) {
        let alive = false;
        for (let sample = 0; sample < z.rows; sample++) alive ||= z.data[sample * z.cols + unit] > 0;
        if (!alive) dead++;
      }
      expect(layer.saturatedFraction).toBe(flat / z.data.length);
      expect(layer.deadFraction).toBe(dead / z.cols);
    });
    expect(layers[0].saturatedFraction).toBeGreaterThan(0); // so the recount above compared something
    for (const layer of layers) {
      expect(layer.weightGradNorm).toBeGreaterThan(0);
      // Adam's steps are about η per weight, so std(ΔW)/std(W) is about η/std(W): order 1e−2 here.
      expect(layer.updateRatio).toBeGreaterThan(1e-4);
      expect(layer.updateRatio).toBeLessThan(1);
    }
  });

  it("clipping bounds every step, so a too-large init cannot blow up the weights", () => {
    const history = train(createMlp({ sizes: [2, 16, 16, 1], init: "standard_normal", seed: 8 }), xor, {
      epochs: 3,
      learningRate: 0.01,
      optimizer: "sgd",
      clipNorm: 1,
    });
    expect(history.epochs[0].gradNorm).toBeGreaterThan(1); // reported before clipping
    expect(history.loss.every(Number.isFinite)).toBe(true);
  });

  it("rejects bad options with a message", () => {
    const model = createMlp({ sizes: [2, 1] });
    expect(() => train(model, xor, { epochs: 1.5, learningRate: 0.1 })).toThrow(/epochs must be an integer/);
    expect(() => train(model, xor, { epochs: 1, learningRate: 0.1, batchSize: 0 })).toThrow(
      /batchSize must be a positive integer/,
    );
    expect(() => train(model, xor, { epochs: 1, learningRate: 0.1, optimizer: "sdg" })).toThrow(/did you mean 'sgd'/);
  });
});

describe("createMlp", () => {
  it("builds fanIn×fanOut layers with the hidden and output activations, and residuals only where widths match", () => {
    const model = createMlp({
      sizes: [2, 4, 4, 3],
      activation: { name: "leaky_relu", params: { negative_slope: 0.2 } },
      residual: true,
    });
    expect(model.layers.map((l) => [l.weights.rows, l.weights.cols])).toEqual([
      [2, 4],
      [4, 4],
      [4, 3],
    ]);
    expect(model.layers.map((l) => l.activation.name)).toEqual(["leaky_relu", "leaky_relu", "identity"]);
    expect(model.layers.map((l) => l.residual)).toEqual([false, true, false]);
  });

  it("reports misspelt activations and bad sizes", () => {
    expect(() => createMlp({ sizes: [2, 3, 1], activation: "rleu" })).toThrow(/did you mean 'relu'/);
    expect(() => createMlp({ sizes: [2] })).toThrow(/at least two positive integers/);
  });

  it("cloneMlp copies weights, so training the copy leaves the original alone", () => {
    const model = createMlp({ sizes: [2, 4, 1], seed: 9 });
    const copy = cloneMlp(model);
    train(copy, xor, { epochs: 2, learningRate: 0.1 });
    expect(copy.layers[0].weights.data).not.toEqual(model.layers[0].weights.data);
    expect(createMlp({ sizes: [2, 4, 1], seed: 9 }).layers[0].weights.data).toEqual(model.layers[0].weights.data);
  });
});

describe("evaluateGrid", () => {
  it("returns the model's output at (xs[j], ys[i]) in z[i][j]", () => {
    const model = createMlp({ sizes: [2, 5, 1], activation: "tanh", seed: 10 });
    const grid = evaluateGrid(model, { x: [-1, 2], y: [0, 1], resolution: 7 });
    expect([grid.xs.length, grid.ys.length, grid.z.length, grid.z[0].length]).toEqual([7, 7, 7, 7]);
    expect([grid.xs[0], grid.xs[6], grid.ys[0], grid.ys[6]]).toEqual([-1, 2, 0, 1]);
    expect(grid.z[2][5]).toBeCloseTo(predict(model, matrix(1, 2, [grid.xs[5], grid.ys[2]])).data[0], 12);
  });

  it("gives the class for k outputs, and dataBounds pads the data's box", () => {
    const model = createMlp({ sizes: [2, 5, 3], seed: 11 });
    const grid = evaluateGrid(model, { ...dataBounds(xor.inputs), resolution: 5 });
    expect(grid.z.flat().every((c) => [0, 1, 2].includes(c))).toBe(true);
    expect(dataBounds(matrix(2, 2, [0, 1, 2, 3]), 0.5)).toEqual({ x: [-0.5, 2.5], y: [0.5, 3.5] });
  });
});
