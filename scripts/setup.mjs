#!/usr/bin/env node
// The one setup step behind `npm start` and `npm test`: npm dependencies, Jupyter, the project-local
// tslab kernel, the built core, and (with --browser) Chromium and the JupyterLab harness.
// Idempotent; prints one line per step.
// Node built-ins only, because on a fresh clone it runs before node_modules exists.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { writeKernelSpec } from "./lib/kernelspec.mjs";
import { jupyterDataDir, projectRoot, secondsSince, shebangCommand, whichOnPath } from "./lib/project.mjs";

const wantBrowser = process.argv.includes("--browser");
const stampFile = join(projectRoot, ".jupyter", "setup-stamp.json");

class SetupError extends Error {
  constructor(step, problem, fix) {
    super(`${problem}\n  fix: ${fix}`);
    this.step = step;
  }
}

function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: projectRoot, encoding: "utf8", ...options });
}

function runVisible(command, args) {
  const result = run(command, args, { stdio: ["ignore", "inherit", "inherit"] });
  return result.status === 0;
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampFile, "utf8"));
  } catch {
    return {};
  }
}

function writeStamp(stamp) {
  mkdirSync(join(projectRoot, ".jupyter"), { recursive: true });
  writeFileSync(stampFile, JSON.stringify(stamp, null, 2) + "\n");
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);
const isDebianRoot = () => process.getuid?.() === 0 && existsSync("/etc/debian_version") && whichOnPath("apt-get");

function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = run("apt-get", ["update"], { env });
  if (update.status !== 0) return false;
  const install = run("apt-get", ["install", "-y", "--no-install-recommends", ...packages], { env });
  return install.status === 0;
}

// 1. npm dependencies: `npm ci` when node_modules is missing or older than the lock file.
function npmDependencies() {
  const installedMarker = join(projectRoot, "node_modules", ".package-lock.json");
  if (mtime(installedMarker) >= mtime(join(projectRoot, "package-lock.json")) && existsSync(installedMarker)) {
    return "up to date";
  }
  console.log("setup: npm dependencies … installing with npm ci");
  if (!runVisible(process.platform === "win32" ? "npm.cmd" : "npm", ["ci", "--no-audit", "--no-fund"])) {
    throw new SetupError(
      "npm dependencies",
      "npm ci failed (see its output above)",
      "check your network access to the npm registry, then run `npm ci`",
    );
  }
  return "installed";
}

function jupyterWorks(jupyter) {
  const probe = run(jupyter, ["nbconvert", "--version"]);
  const notebook = run(jupyter, ["notebook", "--version"]);
  if (probe.status !== 0 || notebook.status !== 0) return false;
  const python = shebangCommand(jupyter);
  const nbclient = run(python[0], [...python.slice(1), "-c", "import nbclient"]);
  return nbclient.status === 0;
}

// 2. Jupyter Notebook + nbconvert + nbclient: on PATH, else apt (root on Debian), else pip --user.
function jupyter(stamp) {
  const onPath = whichOnPath("jupyter");
  if (onPath && stamp.jupyter?.path === onPath && stamp.jupyter?.mtime === mtime(onPath)) return `found ${onPath}`;
  if (onPath && jupyterWorks(onPath)) {
    stamp.jupyter = { path: onPath, mtime: mtime(onPath) };
    return `found ${onPath}`;
  }
  const debianPackages = ["jupyter-notebook", "jupyter-nbconvert", "python3-nbclient"];
  if (isDebianRoot()) {
    console.log(`setup: jupyter … installing ${debianPackages.join(" ")} with apt-get (one time, ~1 min)`);
    if (aptInstall(debianPackages) && whichOnPath("jupyter")) {
      const installed = whichOnPath("jupyter");
      stamp.jupyter = { path: installed, mtime: mtime(installed) };
      return `installed ${installed}`;
    }
  } else if (whichOnPath("python3")) {
    console.log("setup: jupyter … installing notebook, nbconvert, nbclient with pip --user");
    if (runVisible("python3", ["-m", "pip", "install", "--user", "notebook<7", "nbconvert", "nbclient"])) {
      const installed = whichOnPath("jupyter") ?? join(process.env.HOME ?? "", ".local", "bin", "jupyter");
      if (existsSync(installed) && jupyterWorks(installed)) {
        stamp.jupyter = { path: installed, mtime: mtime(installed) };
        return `installed ${installed} (put ~/.local/bin on your PATH)`;
      }
    }
  }
  throw new SetupError(
    "jupyter",
    "no working Jupyter (notebook, nbconvert and nbclient) found, and installing one failed",
    "on Debian/Ubuntu: sudo apt-get install jupyter-notebook jupyter-nbconvert python3-nbclient; elsewhere: python3 -m pip install --user notebook nbconvert nbclient",
  );
}

// 3. The tslab kernelspec, project-local (found through JUPYTER_PATH, see lib/project.mjs).
function kernel() {
  const { file, changed } = writeKernelSpec(jupyterDataDir);
  return `${changed ? "written" : "in place"}: ${relative(projectRoot, file)}`;
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

// 4. The core: `tsc` when anything in src/ (or the tsconfig) is newer than the last build.
function buildCore() {
  const builtMarker = join(projectRoot, "dist", "index.js");
  const sourceTime = Math.max(newestMtime(join(projectRoot, "src")), mtime(join(projectRoot, "tsconfig.json")));
  if (existsSync(builtMarker) && mtime(builtMarker) >= sourceTime) return "dist/ up to date";
  const tsc = join(projectRoot, "node_modules", "typescript", "bin", "tsc");
  const result = run(process.execPath, [tsc, "-p", "tsconfig.json"]);
  if (result.status !== 0) {
    throw new SetupError(
      "build",
      `tsc failed:\n${result.stdout}${result.stderr}`,
      "fix the type errors above in src/, then run `npm run build`",
    );
  }
  // tsc leaves unchanged outputs' mtimes alone; touch the marker so the next check is a no-op.
  writeFileSync(builtMarker, readFileSync(builtMarker));
  return "built dist/";
}

// 5. Chromium for the browser checks (npm test only).
function browser(stamp) {
  const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);
  if (chromium) return `found ${chromium}`;
  if (isDebianRoot()) {
    console.log("setup: chromium … installing with apt-get (one time, ~1 min)");
    if (aptInstall(["chromium"]) && existsSync("/usr/bin/chromium")) {
      stamp.chromium = "/usr/bin/chromium";
      return "installed /usr/bin/chromium";
    }
  }
  throw new SetupError(
    "chromium",
    "the browser checks need Chromium at /usr/bin/chromium",
    "sudo apt-get install chromium",
  );
}

// 6. The full Fashion-MNIST for notebook 10 (optional: without it the committed subset is used).
// Not in CI, so that CI always runs the subset path and spends no time on a 31 MB download; a
// failed install is remembered in the stamp, so later runs do not retry apt-get every time.
function fashionMnist(stamp) {
  const debianFile = "/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz";
  if (process.env.ACTLAB_FASHION_MNIST) return `using ACTLAB_FASHION_MNIST=${process.env.ACTLAB_FASHION_MNIST}`;
  if (existsSync(debianFile)) return "found /usr/share/datasets/fashion-mnist";
  const fallback = "notebook 10 uses the committed subset (data/fashion-mnist-subset)";
  if (process.env.CI || stamp.fashionMnist === "unavailable" || !isDebianRoot()) return fallback;
  console.log("setup: fashion-mnist … installing dataset-fashion-mnist with apt-get (one time, 31 MB)");
  if (aptInstall(["dataset-fashion-mnist"]) && existsSync(debianFile))
    return "installed /usr/share/datasets/fashion-mnist";
  stamp.fashionMnist = "unavailable";
  return `apt-get could not install it; ${fallback}`;
}

// 7. The JupyterLab 4 notebook-widget harness (npm test only): its own npm packages (~600 MB of
// @jupyterlab/*, kept out of the course's dependencies), bundled once, and Debian's jupyter_server.
function jupyterLabHarness(stamp) {
  const harness = join(projectRoot, "test", "jupyterlab");
  const lock = join(harness, "package-lock.json");
  const installedMarker = join(harness, "node_modules", ".package-lock.json");
  const notes = [];
  if (!(existsSync(installedMarker) && mtime(installedMarker) >= mtime(lock))) {
    console.log("setup: JupyterLab harness … installing its packages with npm ci (one time, ~1 min)");
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    if (!runVisible(npm, ["ci", "--prefix", harness, "--no-audit", "--no-fund"]))
      throw new SetupError(
        "JupyterLab harness",
        "npm ci in test/jupyterlab failed",
        "check your access to the npm registry, then run `npm ci --prefix test/jupyterlab`",
      );
    notes.push("installed");
  }
  const bundle = join(harness, "dist", "actlab-harness", "harness.js");
  const inputs = [lock, join(harness, "build.mjs"), join(harness, "src", "harness.mjs")];
  if (!existsSync(bundle) || Math.max(...inputs.map(mtime)) > mtime(bundle)) {
    const built = run(process.execPath, [join(harness, "build.mjs")]);
    if (built.status !== 0)
      throw new SetupError(
        "JupyterLab harness",
        `bundling failed:\n${built.stdout}${built.stderr}`,
        "fix test/jupyterlab/src/harness.mjs, then run `node test/jupyterlab/build.mjs`",
      );
    notes.push("bundled");
  }
  const server = ["/usr/bin/python3", ["-c", "import jupyter_server"]];
  if (stamp.jupyterServer !== true && run(...server).status !== 0) {
    if (!(isDebianRoot() && aptInstall(["python3-jupyter-server"]) && run(...server).status === 0))
      throw new SetupError(
        "JupyterLab harness",
        "the check needs jupyter_server for /usr/bin/python3",
        "sudo apt-get install python3-jupyter-server",
      );
    notes.push("installed python3-jupyter-server");
  }
  stamp.jupyterServer = true;
  return notes.length ? notes.join(", ") : "up to date";
}

const steps = [
  ["npm dependencies", npmDependencies],
  ["jupyter", jupyter],
  ["tslab kernel", kernel],
  ["core build", buildCore],
  ["fashion-mnist", fashionMnist],
  ...(wantBrowser
    ? [
        ["chromium", browser],
        ["JupyterLab harness", jupyterLabHarness],
      ]
    : []),
];

const stamp = readStamp();
for (const [name, step] of steps) {
  const start = performance.now();
  try {
    const outcome = step(stamp);
    console.log(`setup: ${name} … ${outcome} (${secondsSince(start)} s)`);
  } catch (error) {
    const message = error instanceof SetupError ? error.message : String(error?.stack ?? error);
    console.error(`setup: ${name} … FAILED: ${message}`);
    process.exit(1);
  }
}
writeStamp(stamp);
