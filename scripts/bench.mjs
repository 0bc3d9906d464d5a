#!/usr/bin/env node
// `npm run bench [-- --only kernels,softmax,linalg,grid,realdata,exercises,notebooks,classroom] [-- --skip notebooks]`:
// measures what a learner and an instructor feel, prints one table and writes build/bench.json.
// PyTorch (single thread, float64) runs in the same invocation when /usr/bin/python3 has torch;
// otherwise the table says "torch not available". Groups live in bench/, one file each.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { formatTable } from "../bench/table.mjs";
import { torchJson } from "../bench/torch.mjs";
import { buildDir } from "./lib/project.mjs";

const groups = {
  kernels: () => import("../bench/activations.mjs"),
  softmax: () => import("../bench/softmax.mjs"),
  linalg: () => import("../bench/linalg.mjs"),
  grid: () => import("../bench/deepGrid.mjs"),
  realdata: () => import("../bench/realData.mjs"),
  exercises: () => import("../bench/exercises.mjs"),
  notebooks: () => import("../bench/notebooks.mjs"),
  classroom: () => import("../bench/classroom.mjs"),
};

const { values } = parseArgs({ options: { only: { type: "string" }, skip: { type: "string" } } });
const list = (text) =>
  (text ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
for (const name of [...list(values.only), ...list(values.skip)]) {
  if (!(name in groups)) throw new Error(`unknown bench group '${name}'; known: ${Object.keys(groups).join(", ")}`);
}
const selected = Object.keys(groups).filter(
  (name) => (values.only === undefined || list(values.only).includes(name)) && !list(values.skip).includes(name),
);

/** PyTorch's kernel timings, or { available: false, reason } when python3 or torch is missing or fails. */
const torchTimings = () => torchJson("torch_kernels.py");

const start = performance.now();
const needsTorch = selected.some((name) => ["kernels", "softmax", "linalg"].includes(name));
const torch = needsTorch ? torchTimings() : { available: false, reason: "not run" };
if (needsTorch) console.error(torch.available ? `torch ${torch.version}, ${torch.threads} thread` : torch.reason);

const rows = [];
for (const name of selected) {
  const groupStart = performance.now();
  const group = await groups[name]();
  rows.push(...(await group.run({ torch })));
  console.error(`${name}: ${((performance.now() - groupStart) / 1000).toFixed(1)} s`);
}

const table = formatTable(rows);
console.log(table);
if (!torch.available && needsTorch) console.log(`\n${torch.reason}: the reference column is empty.`);
const machine = {
  node: process.version,
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  loadAverageAtStart: loadavg()[0],
};
mkdirSync(buildDir, { recursive: true });
const jsonPath = join(buildDir, "bench.json");
writeFileSync(
  jsonPath,
  JSON.stringify({ date: new Date().toISOString(), machine, torch: { ...torch, kernels: undefined }, rows }, null, 2),
);
console.log(
  `\n${rows.length} rows in ${((performance.now() - start) / 1000).toFixed(0)} s → ${jsonPath} (load average ${machine.loadAverageAtStart.toFixed(1)} at start; numbers on a busy machine are noisy)`,
);
