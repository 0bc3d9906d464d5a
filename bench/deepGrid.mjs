// The heaviest notebook experiment: notebook 07's grid of 5 activations × 4 inits, each a
// 50-layer network at initialisation, forward and backward (deepNetworkStatistics).
import { core, secondsOf } from "./lib.mjs";

const activations = ["sigmoid", "tanh", "relu", "gelu", "selu"];
const inits = ["standard_normal", "small_normal", "xavier_normal", "he_lecun"];

function runGrid(width, batch) {
  for (const activation of activations) {
    for (const init of inits) core.deepNetworkStatistics({ activation, init, depth: 50, width, batch, seed: 1 });
  }
}

export async function run() {
  const rows = [];
  // As notebook 07 runs it (width 32, batch 32), and at the library's defaults (48, 64).
  for (const [width, batch, label] of [
    [32, 32, "notebook 07's size"],
    [48, 64, "library defaults"],
  ]) {
    const first = await secondsOf(() => runGrid(width, batch));
    const second = await secondsOf(() => runGrid(width, batch));
    rows.push({
      group: "deep grid",
      name: `5×4 grid, 50 layers, width ${width}, batch ${batch}`,
      value: first.seconds,
      unit: "s",
      target: { op: "<=", value: 1 },
      note: `${label}; first run (as in a fresh kernel); again: ${second.seconds.toFixed(2)} s`,
    });
  }
  return rows;
}
