// Every notebook through real Jupyter (nbclient and the tslab kernel, kernel start included), one
// at a time so the timings are not shared with a second kernel, and the whole course.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { executeNotebooks } from "../scripts/lib/execute.mjs";
import { listNotebooks } from "../scripts/lib/notebooks.mjs";
import { projectRoot } from "../scripts/lib/project.mjs";

export async function run() {
  const outputDir = mkdtempSync(join(tmpdir(), "actlab-bench-notebooks-"));
  try {
    const results = await executeNotebooks(listNotebooks(join(projectRoot, "notebooks")), outputDir, { parallel: 1 });
    const rows = results.map((result) => ({
      group: "notebooks",
      name: result.notebook.replace(/^notebooks\//, ""),
      value: result.seconds,
      unit: "s",
      target: { op: "<=", value: 10 },
      note: result.error === undefined ? undefined : `failed at cell ${result.cell}: ${result.error.split("\n")[0]}`,
    }));
    rows.push({
      group: "notebooks",
      name: `whole course (${results.length} notebooks, one after another)`,
      value: results.reduce((sum, result) => sum + result.seconds, 0),
      unit: "s",
      target: { op: "<=", value: 60 },
    });
    return rows;
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}
