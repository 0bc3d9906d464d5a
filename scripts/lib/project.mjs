// Paths and environment shared by the project's scripts. Node built-ins only: these run before
// `npm ci` on a fresh clone.
import { existsSync, readFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const jupyterDataDir = join(projectRoot, ".jupyter", "share", "jupyter");
export const buildDir = join(projectRoot, "build");
export const tslabBin = join(projectRoot, "node_modules", ".bin", "tslab");

/**
 * The environment every Jupyter process of ours gets: the project-local kernelspec first on
 * JUPYTER_PATH, and connection files in the project, so nothing is written to the user's Jupyter folders.
 */
export function jupyterEnv(base = process.env) {
  const inherited = base.JUPYTER_PATH ? `${delimiter}${base.JUPYTER_PATH}` : "";
  // scripts/test-node.mjs puts a kernelspec for another Node line before the project's own.
  const first = base.ACTLAB_KERNEL_DATA_DIR ? `${base.ACTLAB_KERNEL_DATA_DIR}${delimiter}` : "";
  return {
    ...base,
    JUPYTER_PATH: `${first}${jupyterDataDir}${inherited}`,
    JUPYTER_RUNTIME_DIR: join(projectRoot, ".jupyter", "runtime"),
    PYDEVD_DISABLE_FILE_VALIDATION: "1",
  };
}

/** The first executable called `name` on PATH, or undefined. */
export function whichOnPath(name, path = process.env.PATH ?? "") {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Seconds since `start` (from performance.now()), to one decimal. */
export function secondsSince(start) {
  return ((performance.now() - start) / 1000).toFixed(1);
}

/** The interpreter named by a script's #! line (for `jupyter`, the Python that has nbclient), as argv. */
export function shebangCommand(scriptPath) {
  return readFileSync(scriptPath, "utf8")
    .split("\n")[0]
    .replace(/^#!\s*/, "")
    .trim()
    .split(/\s+/);
}
