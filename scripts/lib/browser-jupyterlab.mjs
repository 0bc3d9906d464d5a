// The JupyterLab-widget check's driver: Debian's jupyter_server (1.23, /usr/bin/python3 -m
// jupyter_server) on 127.0.0.1 under a non-root base URL, with the project's tslab kernel
// (JUPYTER_PATH, lib/project.mjs) and its own notebook-signature store in build/, serving the
// bundled JupyterLab 4 notebook widget (test/jupyterlab/) as a static page. The page reads token,
// base URL, notebook path, windowing mode and renderer choice from its query string.
// Functions passed to page.evaluate run in the browser, where these globals exist.
/* global window, document */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { freePort } from "./browser-notebook.mjs";
import { buildDir, jupyterEnv, projectRoot } from "./project.mjs";

export const harnessDir = join(projectRoot, "test", "jupyterlab");
export const SERVER_PYTHON = "/usr/bin/python3";
const BASE_URL = "/actlab-base/";
/** A kernel that has not answered kernel_info by then is restarted (once a 60 s stall was seen). */
const KERNEL_INFO_TIMEOUT_SECONDS = 20;

const serverState = () => join(buildDir, "jupyterlab-check", "server");

/** Signs a notebook in the check's own signature store, as `jupyter trust` does. */
export function signNotebook(path) {
  const state = serverState();
  const script = `import sys, nbformat
from nbformat.sign import NotebookNotary
notary = NotebookNotary(db_file=sys.argv[2], secret_file=sys.argv[3])
notebook = nbformat.read(sys.argv[1], as_version=4)
notary.sign(notebook)`;
  const result = spawnSync(
    SERVER_PYTHON,
    ["-c", script, path, join(state, "nbsignatures.db"), join(state, "notebook_secret")],
    {
      encoding: "utf8",
    },
  );
  if (result.status !== 0) throw new Error(`signing ${path} failed: ${result.stderr}`);
}

/**
 * Starts jupyter_server rooted at `root` (default: the project); resolves to { origin, baseUrl,
 * token, stop() }.
 */
export async function startJupyterServer({ root = projectRoot } = {}) {
  const port = await freePort();
  const token = randomBytes(16).toString("hex");
  const state = serverState();
  mkdirSync(state, { recursive: true });
  const args = [
    "-m",
    "jupyter_server",
    "--ServerApp.ip=127.0.0.1",
    `--ServerApp.port=${port}`,
    "--ServerApp.port_retries=0",
    "--ServerApp.open_browser=False",
    `--ServerApp.token=${token}`,
    `--ServerApp.base_url=${BASE_URL}`,
    `--ServerApp.root_dir=${root}`,
    `--ServerApp.extra_static_paths=${JSON.stringify([join(harnessDir, "dist")])}`,
    `--MappingKernelManager.kernel_info_timeout=${KERNEL_INFO_TIMEOUT_SECONDS}`,
    `--NotebookNotary.db_file=${join(state, "nbsignatures.db")}`,
    `--NotebookNotary.secret_file=${join(state, "notebook_secret")}`,
    ...(process.getuid?.() === 0 ? ["--allow-root"] : []),
  ];
  const child = spawn(SERVER_PYTHON, args, { cwd: projectRoot, env: jupyterEnv(), stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`jupyter_server exited with ${child.exitCode}:\n${log.slice(-1500)}`);
    try {
      const response = await fetch(`${origin}${BASE_URL}api/status`, { headers: { Authorization: `token ${token}` } });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`jupyter_server did not answer within 60 s:\n${log.slice(-1500)}`);
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  return {
    origin,
    baseUrl: BASE_URL,
    token,
    log: () => log,
    async stop() {
      if (child.exitCode !== null) return [`jupyter_server had already exited with ${child.exitCode}`];
      const exited = new Promise((resolveExit) => child.once("exit", resolveExit));
      child.kill("SIGTERM");
      const timeout = new Promise((resolveTimeout) => setTimeout(() => resolveTimeout("timeout"), 15_000));
      if ((await Promise.race([exited, timeout])) === "timeout") {
        child.kill("SIGKILL");
        return ["jupyter_server did not stop within 15 s of SIGTERM"];
      }
      return [];
    },
  };
}

/** The harness page's URL for a notebook (path relative to the project). */
export function harnessUrl(server, path, { windowing, plotly }) {
  const query = new URLSearchParams({
    token: server.token,
    baseUrl: server.baseUrl,
    path,
    windowing,
    plotly: plotly ? "1" : "0",
  });
  return `${server.origin}${server.baseUrl}static/actlab-harness/index.html?${query}`;
}

/**
 * Opens the harness on `page` and waits until the notebook is open and its kernel idle; if the
 * kernel stalls (no kernel_info), restarts it once.
 */
export async function openHarness(page, server, path, options) {
  await page.goto(harnessUrl(server, path, options));
  await page.waitForFunction(() => document.body.dataset.harnessReady || document.body.dataset.harnessError, null, {
    timeout: 60_000,
  });
  const error = await page.evaluate(() => document.body.dataset.harnessError);
  if (error) throw new Error(`the harness page failed: ${error}`);
  const idle = () =>
    page.waitForFunction(() => window.harness.kernelStatus() === "idle", null, {
      timeout: KERNEL_INFO_TIMEOUT_SECONDS * 1000 + 5000,
    });
  try {
    await idle();
  } catch {
    await page.evaluate(() => window.harness.restartKernel());
    await idle();
  }
}

/**
 * Scrolls to each figure cell in turn, last first (cells below the fold are not rendered, or not laid out, until
 * then) and reports, per figure cell: { index, drawn, kinds, note }. `drawn` means a plotly SVG with
 * data marks (or a WebGL canvas) in the cell's output; kinds are "html" (our self-drawing output) or
 * "plotly-renderer" (plotly's JupyterLab renderer); note is the output's text when nothing drew.
 */
export async function figuresAfterScrolling(page, { timeout = 20_000 } = {}) {
  // Last figure first: with windowing, its output then renders before the first figure's cell
  // (which carries plotly.js) was ever on screen, so it must load plotly.js on its own.
  const indices = (await page.evaluate(() => window.harness.figureCells())).reverse();
  const states = [];
  for (const index of indices) {
    await page.evaluate((i) => window.harness.scrollTo(i), index);
    const deadline = performance.now() + timeout;
    let state;
    for (;;) {
      state = await page.evaluate((i) => {
        const node = window.harness.cellNode(i);
        const output = node.querySelector(".jp-Cell-outputArea, .jp-OutputArea") ?? node;
        const svg = output.querySelector("svg.main-svg");
        const marks = output.querySelectorAll(
          "svg.main-svg g.overplot path[d]:not([d='']), svg.main-svg g.overplot image",
        );
        const gl = output.querySelector(".gl-container canvas");
        const kinds = [
          ...(output.querySelector(".actlab-figure, .actlab-figure-fallback") ? ["html"] : []),
          ...(output.querySelector(".jp-RenderedPlotly") ? ["plotly-renderer"] : []),
        ];
        return {
          index: i,
          drawn: Boolean(svg && (marks.length > 0 || gl)),
          kinds,
          note: (output.querySelector(".actlab-figure-fallback") ?? output).innerText.trim().slice(0, 400),
        };
      }, index);
      if (state.drawn || performance.now() > deadline) break;
      await new Promise((resolveWait) => setTimeout(resolveWait, 150));
    }
    states.push(state);
  }
  return states.reverse();
}
