// The tslab kernelspec, written by hand rather than by `tslab install` so that setup needs no
// Python and the kernel runs this project's tslab with this Node, whatever is first on PATH.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tslabBin } from "./project.mjs";

export function tslabKernelSpec(node = process.execPath) {
  return {
    argv: [node, tslabBin, "kernel", "--config-path", "{connection_file}"],
    display_name: "TypeScript (actlab)",
    language: "typescript",
  };
}

/** Writes kernels/tslab/kernel.json under `dataDir` (for `node`); returns whether anything changed. */
export function writeKernelSpec(dataDir, node = process.execPath) {
  const dir = join(dataDir, "kernels", "tslab");
  const file = join(dir, "kernel.json");
  const wanted = JSON.stringify(tslabKernelSpec(node), null, 2) + "\n";
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {
    // missing: written below
  }
  if (current === wanted) return { file, changed: false };
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, wanted);
  return { file, changed: true };
}
