#!/usr/bin/env node
// `npm start [-- jupyter options]`: Jupyter Notebook on 127.0.0.1, rooted at the project, with the
// project-local tslab kernel. Options after `--` go to Jupyter (e.g. --port=9000 --no-browser).
import { spawn, spawnSync } from "node:child_process";
import { frontendName, notebookArgs } from "./lib/notebook-args.mjs";
import { jupyterEnv, projectRoot } from "./lib/project.mjs";

// Notebook 6 and 7 name some options differently (lib/notebook-args.mjs): ask which one is here.
const versionOutput =
  spawnSync("jupyter", ["notebook", "--version"], { env: jupyterEnv(), encoding: "utf8" }).stdout ?? "";
const args = notebookArgs({
  versionOutput,
  userArgs: process.argv.slice(2),
  root: projectRoot,
  // Containers and CI run as root; Jupyter refuses that unless told.
  isRoot: process.getuid?.() === 0,
});
console.log(`actlab: starting ${frontendName(versionOutput)}`);

// stdin is not a terminal for Jupyter, so one Ctrl-C stops it at once instead of asking "Shutdown?".
const child = spawn("jupyter", args, { cwd: projectRoot, env: jupyterEnv(), stdio: ["ignore", "inherit", "pipe"] });
let announced = false;
child.stderr.on("data", (chunk) => {
  process.stderr.write(chunk);
  const url = !announced && String(chunk).match(/http:\/\/127\.0\.0\.1:\d+\/\S*token=\w+/);
  if (url) {
    announced = true;
    console.log(
      `\nactlab: the course is at ${url[0]}\n        start with notebooks/00-tour.ipynb; Ctrl-C stops the server.\n`,
    );
  }
});
child.on("error", (error) => {
  console.error(`actlab: could not start jupyter: ${error.message}. Run \`node scripts/setup.mjs\` to install it.`);
  process.exit(1);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => child.kill("SIGTERM"));
}
child.on("exit", (code, signal) => {
  console.log(`actlab: Jupyter stopped${signal ? ` (${signal})` : ""}.`);
  process.exit(code ?? 0);
});
