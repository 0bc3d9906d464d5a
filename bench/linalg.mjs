// matmul at 256² and 512² in GFLOP/s (2n³ flops per product), and the seeded normal draws that
// initialise every network.
import { core, medianMs } from "./lib.mjs";

export async function run({ torch }) {
  const rng = core.createRng(3);
  const rows = [];
  for (const n of [256, 512]) {
    const a = core.matrix(n, n, rng.normals(n * n));
    const b = core.matrix(n, n, rng.normals(n * n));
    const ms = (await medianMs([["matmul", () => core.matmul(a, b)]], { time: 400, iterations: 3 })).get("matmul");
    const gflops = (milliseconds) => (2 * n ** 3) / (milliseconds * 1e6);
    const torchMs = torch.available ? torch[`matmul${n}`] : undefined;
    rows.push({
      group: "linalg",
      name: `matmul ${n}²`,
      value: gflops(ms),
      unit: "GFLOP/s",
      reference: torchMs === undefined ? undefined : gflops(torchMs),
      referenceLabel: torch.available ? "torch (BLAS)" : "torch not available",
      target: n === 512 ? { op: ">=", value: 3 } : undefined,
    });
  }
  const draws = 1_000_000;
  const ms = (await medianMs([["normals", () => rng.normals(draws)]], { time: 300, iterations: 3 })).get("normals");
  rows.push({ group: "linalg", name: "createRng().normals(1e6)", value: (ms * 1e6) / draws, unit: "ns/draw" });
  return rows;
}
