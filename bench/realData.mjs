// One training epoch of notebook 10's MLP (784 → 256 → 10, softmax cross-entropy, SGD lr 0.1,
// batch 256) on 10,000 images, ours against PyTorch (CPU, one thread, float64) in the same run:
// the batches' steps, then the pass over all 10,000 for loss and accuracy that train() records.
// Both sides use seeded uniform pixels and random labels (no kernel's speed depends on the values).
import { core, secondsOf } from "./lib.mjs";
import { torchJson } from "./torch.mjs";

const IMAGES = 10_000;
const ACTIVATIONS = ["relu", "tanh"];
const REPEATS = 3;

const torchEpochSeconds = () => torchJson("torch_mlp_epoch.py", ACTIVATIONS, { timeout: 300_000 });

function syntheticImages() {
  const rng = core.createRng(0);
  const inputs = core.matrix(IMAGES, 784, rng.uniforms(IMAGES * 784));
  const labels = Int32Array.from({ length: IMAGES }, () => rng.int(10));
  return { inputs, labels, classes: 10 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run() {
  const data = syntheticImages();
  const rows = [];
  const ours = {};
  for (const activation of ACTIVATIONS) {
    const seconds = [];
    for (let repeat = 0; repeat <= REPEATS; repeat++) {
      const model = core.createMlp({ sizes: [784, 256, 10], activation, seed: repeat });
      const options = { epochs: 1, learningRate: 0.1, batchSize: 256, optimizer: "sgd" };
      const { seconds: elapsed } = await secondsOf(() => core.train(model, data, options));
      if (repeat > 0) seconds.push(elapsed); // the first is V8's warm-up
    }
    ours[activation] = median(seconds);
  }
  const torch = torchEpochSeconds();
  for (const activation of ACTIVATIONS) {
    const reference = torch.available ? torch.epochSeconds[activation] : undefined;
    rows.push({
      group: "real data",
      name: `one epoch, MLP 784→256→10 (${activation}), 10,000 images, batch 256`,
      value: ours[activation],
      unit: "s",
      reference,
      referenceLabel: torch.available ? "torch" : torch.reason,
      target: { op: "<=", value: 1.5, of: "reference" },
      note: `median of ${REPEATS} each, float64, one thread, same run${torch.available ? `; torch's BLAS: ${torch.blas}` : ""}`,
    });
  }
  return rows;
}
