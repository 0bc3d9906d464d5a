// Each activation's forward and backward on 1e6 float64 values (N(0, 1), so signs are random and
// branches on the sign are unpredictable, as in a real layer), beside a plain copy of the same
// size (the memory-bandwidth floor) and, when present, PyTorch's single-thread float64 kernels.
import { core, medianMs } from "./lib.mjs";

const N = 1_000_000;

export async function run({ torch }) {
  const rng = core.createRng(1);
  const input = rng.normals(N);
  const gradOutput = rng.normals(N);
  const out = new Float64Array(N);
  const tasks = [["copy", () => out.set(input)]];
  for (const name of core.activationNames()) {
    const act = core.activation(name);
    tasks.push([`${name} forward`, () => act.forward(input, out)]);
    tasks.push([`${name} backward`, () => act.backward(input, gradOutput, out)]);
  }
  const ms = await medianMs(tasks);
  const copyMs = ms.get("copy");
  const torchLabel = torch.available ? "torch" : "torch not available";
  const rows = [
    {
      group: "kernels 1e6",
      name: "copy (Float64Array.set)",
      value: copyMs,
      unit: "ms",
      reference: torch.available ? torch.copy : undefined,
      referenceLabel: torch.available ? "torch copy_" : undefined,
    },
  ];
  for (const name of core.activationNames()) {
    for (const direction of ["forward", "backward"]) {
      rows.push({
        group: "kernels 1e6",
        name: `${name} ${direction}`,
        value: ms.get(`${name} ${direction}`),
        unit: "ms",
        reference: torch.available ? torch.kernels[name]?.[direction] : undefined,
        referenceLabel: torchLabel,
        target: torch.available ? { op: "<=", value: 1.5, of: "reference" } : undefined,
      });
    }
  }
  rows.push({
    group: "kernels 1e6",
    name: "relu forward vs copy",
    value: ms.get("relu forward"),
    unit: "ms",
    reference: copyMs,
    referenceLabel: "copy",
    target: { op: "<=", value: 1.3, of: "reference" },
  });
  return rows;
}
