// The live-Notebook check's driver: starts the server exactly as `npm start` does, opens a notebook in
// the classic Notebook UI, runs Kernel → Restart & Run All through the menu, and shuts the server
// down through its API. Autosave is switched off first, so the committed notebook is never written.
// Functions passed to page.evaluate run in the browser, where these globals exist.
/* global window, document */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { waitForFigures } from "./browser.mjs";
import { cellSource, readNotebook } from "./notebooks.mjs";
import { projectRoot } from "./project.mjs";

const fileHash = (path) => createHash("sha256").update(readFileSync(path)).digest("hex");

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Starts scripts/start.mjs and resolves to { child, url } once it prints the token URL. */
async function startServer() {
  const port = await freePort();
  const child = spawn(process.execPath, [join(projectRoot, "scripts", "start.mjs"), "--no-browser", `--port=${port}`], {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the Notebook server printed no URL within 60 s:\n${log.slice(-800)}`)),
      60_000,
    );
    const onData = (chunk) => {
      log += chunk;
      const found = log.match(/the course is at (http:\/\/127\.0\.0\.1:\d+\/\S*token=\w+)/);
      if (found) {
        clearTimeout(timer);
        resolveUrl(found[1]);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk) => (log += chunk));
    child.on("exit", (code) =>
      reject(new Error(`the Notebook server exited with ${code} before it was ready:\n${log.slice(-800)}`)),
    );
  });
  child.stdout.removeAllListeners("data");
  child.stdout.resume();
  child.stderr.removeAllListeners("data");
  child.stderr.resume();
  return { child, url: new URL(url) };
}

/** Stops the server through its API (as File → Quit would), falling back to SIGTERM; returns problems. */
async function stopServer({ child, url }) {
  if (child.exitCode !== null) return [`the Notebook server had already exited with ${child.exitCode}`];
  const exited = new Promise((resolveExit) => child.once("exit", (code, signal) => resolveExit({ code, signal })));
  const token = url.searchParams.get("token");
  try {
    await fetch(new URL("/api/shutdown", url.origin), { method: "POST", headers: { Authorization: `token ${token}` } });
  } catch (error) {
    return [`POST /api/shutdown failed: ${error.message}`, ...(child.kill("SIGTERM") ? [] : ["SIGTERM failed too"])];
  }
  const timeout = new Promise((resolveTimeout) => setTimeout(() => resolveTimeout(undefined), 15_000));
  const outcome = await Promise.race([exited, timeout]);
  if (outcome === undefined) {
    child.kill("SIGTERM");
    return ["the Notebook server did not stop within 15 s of /api/shutdown; sent SIGTERM"];
  }
  return [];
}

/**
 * Opens `notebookPath` (relative to the project) in the live Notebook UI. Returns
 * { runAllAndWaitForFigures(), stop() }; stop() returns a list of problems (empty when clean).
 */
export async function openLiveNotebook(page, notebookPath) {
  const file = join(projectRoot, notebookPath);
  const hashBefore = fileHash(file);
  const expectedFigures = readNotebook(file).cells.filter(
    (cell) => cell.cell_type === "code" && /\bshow\(/.test(cellSource(cell)),
  ).length;
  const server = await startServer();
  const stop = async () => {
    const problems = await stopServer(server);
    if (fileHash(file) !== hashBefore) problems.push(`${notebookPath} was modified while the Notebook had it open`);
    return problems;
  };
  try {
    const token = server.url.searchParams.get("token");
    await page.goto(new URL(`/notebooks/${notebookPath}?token=${token}`, server.url.origin).href);
    await page.waitForFunction(() => window.Jupyter?.notebook?.kernel?.is_connected?.(), null, { timeout: 60_000 });
    await page.evaluate(() => window.Jupyter.notebook.set_autosave_interval(0));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    async runAllAndWaitForFigures() {
      await page.click("#kernellink");
      await page.click("#restart_run_all");
      await page.getByRole("button", { name: "Restart and Run All Cells" }).click();
      return waitForFigures(page, { timeout: 90_000, atLeast: expectedFigures });
    },
    /** Runs the first figure's cell again (its output, which carried plotly.js, is replaced). */
    async rerunFirstFigureCell() {
      await page.evaluate(() => {
        const cells = window.Jupyter.notebook.get_cells();
        const index = cells.findIndex((cell) => cell.cell_type === "code" && /\bshow\(/.test(cell.get_text()));
        window.Jupyter.notebook.execute_cells([index]);
      });
      await page.waitForFunction(
        () => !window.Jupyter.notebook.kernel_busy && document.querySelector(".kernel_idle_icon"),
        null,
        {
          timeout: 30_000,
        },
      );
      return waitForFigures(page, { timeout: 30_000, atLeast: expectedFigures });
    },
    /**
     * Simulates a page whose library output is gone (a saved notebook reopened after the first
     * figure's cell was re-run): forgets plotly.js in the page, runs the last figure's cell again
     * (the kernel does not resend the library), and waits for the figure to draw anyway.
     */
    async rerunLastFigureWithoutLibrary() {
      await page.evaluate(() => {
        delete window.Plotly;
        delete window.actlabPlotlyFetch;
        document.querySelectorAll("script[data-actlab-plotly-library]").forEach((script) => script.remove());
        const cells = window.Jupyter.notebook.get_cells();
        const figureCells = cells.filter((cell) => cell.cell_type === "code" && /\bshow\(/.test(cell.get_text()));
        window.Jupyter.notebook.execute_cells([cells.indexOf(figureCells.at(-1))]);
      });
      return waitForFigures(page, { timeout: 30_000, atLeast: expectedFigures });
    },
    stop,
  };
}
