import { describe, expect, it } from "vitest";
import { createMlp, makeCurve, makeSpirals, makeXor, mlpForward, predictClasses, train } from "../../src/index";

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
