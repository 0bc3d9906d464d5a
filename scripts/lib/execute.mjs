// Executes notebooks with the real Jupyter client (nbclient, via scripts/execute_notebook.py) and the
// project's tslab kernel, into build/, never touching the source. A failure is reported as the
// notebook, the cell number and the error text, not as a Python traceback.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { jupyterEnv, projectRoot, shebangCommand, whichOnPath } from "./project.mjs";

const executeScript = join(projectRoot, "scripts", "execute_notebook.py");

/** The Python that runs `jupyter` (its shebang), which is the one that has nbclient. */
function jupyterPython() {
  const jupyter = whichOnPath("jupyter");
  if (!jupyter) throw new Error("jupyter is not on PATH; run `node scripts/setup.mjs` first");
  return shebangCommand(jupyter);
}

/**
 * The environment of one run. Each run gets its own, fresh exercise-progress file, so an executed
 * notebook (the book, the test run) shows what that run did, never what earlier builds or the
 * author's own session recorded in .actlab/progress.json.
 */
function runEnv(outputPath, base) {
  const progressFile = join(dirname(outputPath), ".progress", `${basename(outputPath, ".ipynb")}.json`);
  rmSync(progressFile, { force: true });
  return { ...jupyterEnv(base), ACTLAB_PROGRESS_FILE: progressFile };
}

/**
 * Runs one notebook. Resolves to { notebook, outputPath, seconds, cell, error } where `error` is
 * undefined when every cell ran, and otherwise the first failing cell's message. `env` is the base of
 * the Jupyter environment (scripts/test-node.mjs passes one with another Node first on PATH).
 */
export function executeNotebook(sourcePath, outputDir, { timeoutSeconds = 120, env = process.env } = {}) {
  mkdirSync(outputDir, { recursive: true });
  const outputPath = join(outputDir, basename(sourcePath));
  const [python, ...pythonArgs] = jupyterPython();
  const args = [...pythonArgs, executeScript, sourcePath, outputPath, String(timeoutSeconds)];
  const start = performance.now();
  const notebook = relative(projectRoot, sourcePath);
  return new Promise((resolvePromise) => {
    // cwd = the notebook's folder, as in the Notebook UI, so relative paths in cells mean the same.
    const child = spawn(python, args, {
      cwd: dirname(sourcePath),
      // A failing check() throws in instructor notebooks (src/exercises/check.ts), so this run fails.
      env: { ...runEnv(outputPath, env), ACTLAB_STRICT_CHECKS: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error) => (stderr += String(error)));
    child.on("close", (code) => {
      const seconds = (performance.now() - start) / 1000;
      const report = stdout.trim().split("\n").at(-1);
      let parsed;
      try {
        parsed = JSON.parse(report);
      } catch {
        const tail = stderr.trim().split("\n").slice(-6).join("\n");
        parsed = { ok: false, error: `the notebook runner exited with ${code}:\n${tail}` };
      }
      resolvePromise({ notebook, outputPath, seconds, cell: parsed.cell, error: parsed.ok ? undefined : parsed.error });
    });
  });
}

/** Runs notebooks `parallel` at a time, calling onDone(result) as each finishes; resolves to all results in input order. */
export async function executeNotebooks(paths, outputDir, { parallel = 2, onDone = () => {}, env } = {}) {
  const results = new Array(paths.length);
  let next = 0;
  async function worker() {
    while (next < paths.length) {
      const index = next++;
      results[index] = await executeNotebook(paths[index], outputDir, env ? { env } : {});
      onDone(results[index]);
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, paths.length) }, worker));
  return results;
}

/** A one-paragraph report of a notebook run, for people. */
export function describeResult(result) {
  const time = `${result.seconds.toFixed(1)} s`;
  if (result.error === undefined) return `✓ ${result.notebook} (${time})`;
  const where = result.cell === undefined ? "" : ` cell ${result.cell}`;
  return `✗ ${result.notebook}${where} (${time}): ${result.error.replace(/\n/g, "\n    ")}`;
}
