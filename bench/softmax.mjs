// softmax on 1e6 values, and the dense softmax Jacobian (n×n) against the O(n) vector-Jacobian
// product that a backward pass uses, for n = 256 … 4096.
import { core, medianMs } from "./lib.mjs";

export async function run({ torch }) {
  const rng = core.createRng(2);
  const logits = rng.normals(1_000_000);
  const softmaxMs = (await medianMs([["softmax", () => core.softmax(logits)]])).get("softmax");
  const rows = [
    {
      group: "softmax",
      name: "softmax 1e6",
      value: softmaxMs,
      unit: "ms",
      reference: torch.available ? torch.softmax : undefined,
      referenceLabel: torch.available ? "torch" : "torch not available",
    },
  ];
  for (const n of [256, 512, 1024, 2048, 4096]) {
    const x = rng.normals(n);
    const v = rng.normals(n);
    const ms = await medianMs(
      [
        ["jacobian", () => core.softmaxJacobian(x)],
        ["vjp", () => core.softmaxVjp(x, v)],
      ],
      { time: 60, iterations: 3 },
    );
    rows.push({
      group: "softmax",
      name: `dense Jacobian n=${n}`,
      value: ms.get("jacobian"),
      unit: "ms",
      reference: ms.get("vjp"),
      referenceLabel: "VJP",
      note: n === 256 ? "reference: the O(n) VJP, which a backward pass uses instead" : undefined,
    });
  }
  return rows;
}
