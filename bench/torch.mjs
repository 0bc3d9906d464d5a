// Runs one of the PyTorch reference scripts of bench/ with /usr/bin/python3 (one thread) and returns
// the JSON object its last line prints, or { available: false, reason } when Python or torch is
// missing or the script fails: the bench then leaves its reference column empty.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../scripts/lib/project.mjs";

export function torchJson(script, args = [], { timeout = 120_000 } = {}) {
  const python = "/usr/bin/python3";
  const run = spawnSync(python, [join(projectRoot, "bench", script), ...args], {
    encoding: "utf8",
    timeout,
    env: { ...process.env, OMP_NUM_THREADS: "1", MKL_NUM_THREADS: "1" },
  });
  if (run.error) return { available: false, reason: `torch not available (${python}: ${run.error.message})` };
  try {
    return JSON.parse(run.stdout.trim().split("\n").at(-1));
  } catch {
    return { available: false, reason: `torch not available (${run.stderr.trim().split("\n").at(-1) ?? "no output"})` };
  }
}
