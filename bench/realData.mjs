// One training epoch of notebook 10's MLP (784 → 256 → 10, softmax cross-entropy, SGD lr 0.1,
// batch 256) on 10,000 images, ours against PyTorch (CPU, one thread, float64) in the same run:
// the batches' steps, then the pass over all 10,000 for loss and accuracy that train() records.
// Both sides use seeded uniform pixels and random labels (no kernel's speed depends on the values).
// The value is CPU time (process time), less disturbed than wall time on a shared machine; the note
// gives both sides' wall times.
import { core } from "./lib.mjs";
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

/** CPU seconds (user + system) and wall seconds of one call: CPU time is what a busy machine disturbs least. */
function epochSeconds(fn) {
  const [cpuStart, wallStart] = [process.cpuUsage(), performance.now()];
  fn();
  const cpu = process.cpuUsage(cpuStart);
  return { cpu: (cpu.user + cpu.system) / 1e6, wall: (performance.now() - wallStart) / 1000 };
}

export async function run() {
  const data = syntheticImages();
  const ours = {};
  for (const activation of ACTIVATIONS) {
    const runs = [];
    for (let repeat = 0; repeat <= REPEATS; repeat++) {
      const model = core.createMlp({ sizes: [784, 256, 10], activation, seed: repeat });
      const options = { epochs: 1, learningRate: 0.1, batchSize: 256, optimizer: "sgd" };
      const seconds = epochSeconds(() => core.train(model, data, options));
      if (repeat > 0) runs.push(seconds); // the first is V8's warm-up
    }
    ours[activation] = { cpu: median(runs.map((r) => r.cpu)), wall: median(runs.map((r) => r.wall)) };
  }
  const torch = torchEpochSeconds();
  return ACTIVATIONS.map((activation) => {
    const reference = torch.available ? torch.epochSeconds[activation] : undefined;
    const wall = torch.available ? `, torch ${torch.epochWallSeconds[activation].toFixed(2)} s` : "";
    return {
      group: "real data",
      name: `one epoch, MLP 784→256→10 (${activation}), 10,000 images, batch 256`,
      value: ours[activation].cpu,
      unit: "CPU s",
      reference,
      referenceLabel: torch.available ? "torch" : torch.reason,
      target: { op: "<=", value: 1.5, of: "reference" },
      note:
        `median of ${REPEATS}, float64, one thread, same run; wall: ours ${ours[activation].wall.toFixed(2)} s${wall}` +
        (torch.available ? `; torch's BLAS: ${torch.blas}` : ""),
    };
  });
}
